from __future__ import annotations

import pytest

import treatymodel as tm
from treatymodel import errors


def test_field_error_is_value_error_and_treaty_model_error() -> None:
    assert issubclass(tm.FieldError, ValueError)
    assert issubclass(tm.FieldError, tm.TreatyModelError)


def test_record_not_found_is_key_error_and_treaty_model_error() -> None:
    assert issubclass(tm.RecordNotFoundError, KeyError)
    assert issubclass(tm.RecordNotFoundError, tm.TreatyModelError)


def test_field_error_attributes_and_message() -> None:
    error = tm.FieldError("Person", "name", "", "must be a non-empty string")
    assert (error.owner, error.field, error.value, error.reason) == (
        "Person",
        "name",
        "",
        "must be a non-empty string",
    )
    assert str(error) == "Person.name: must be a non-empty string, got ''"


def test_field_error_raised_by_a_model_names_the_field() -> None:
    with pytest.raises(tm.FieldError, match=r"^Person\.name: ") as info:
        tm.Person(id="putin", name="  Vladimir Putin")
    assert info.value.value == "  Vladimir Putin"


def test_one_except_clause_catches_every_library_error() -> None:
    caught = []
    for action in (
        lambda: tm.State(code="XXX"),
        lambda: tm.PartialDate.parse("2025-02-30"),
        lambda: tm.Dossier(id="d", title="Empty").person("putin"),
    ):
        try:
            action()
        except tm.TreatyModelError as exc:
            caught.append(type(exc))
    assert caught == [tm.FieldError, tm.FieldError, tm.RecordNotFoundError]


def test_record_not_found_message_is_readable() -> None:
    error = tm.RecordNotFoundError("person", "nazarbayev")
    assert (error.kind, error.id) == ("person", "nazarbayev")
    assert str(error) == "no person with id 'nazarbayev' in the dossier"


def test_value_error_handlers_keep_working() -> None:
    with pytest.raises(ValueError, match="must be an ISO 3166-1"):
        tm.StateRef(code="rus")


# --------------------------------------------------------------------------- one module for every error


def _exception_classes() -> list[type]:
    import importlib
    import pkgutil

    import treatymodel

    found = []
    for info in pkgutil.walk_packages(treatymodel.__path__, "treatymodel."):
        if info.name.endswith(("__main__", "strategies")):
            continue  # running them runs a program; the strategies need Hypothesis
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, tm.TreatyModelError)
                and not value.__name__.startswith("_")
            ):
                found.append(value)
    return found


def test_every_public_exception_lives_in_errors() -> None:
    classes = _exception_classes()
    assert {cls.__module__ for cls in classes} == {"treatymodel.errors"}
    assert {cls.__name__ for cls in classes} <= set(errors.__all__)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("treatymodel.dossier", "RecordNotFoundError"),
        ("treatymodel.queries", "MergeConflictError"),
        ("treatymodel.datasets", "DatasetNotFoundError"),
        ("treatymodel.tabular", "TableError"),
        ("treatymodel._optional", "MissingDependencyError"),
    ],
)
def test_old_import_paths_of_errors_keep_working(module: str, name: str) -> None:
    import importlib

    assert getattr(importlib.import_module(module), name) is getattr(errors, name)
