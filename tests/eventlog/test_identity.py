"""Person identity: one id across spellings, initials and surname-only mentions."""

from __future__ import annotations

from execwatch.services.eventlog.identity import (
    PersonKey,
    mention,
    org_key,
    person_id,
    resolve,
    skeleton,
)


def test_spelling_variants_of_a_given_name_share_a_skeleton() -> None:
    assert skeleton("andrey") == skeleton("andrej") == skeleton("andrei")
    assert skeleton("sam") != skeleton("andrej")


def test_a_mention_folds_case_accents_honorifics_and_suffixes() -> None:
    assert mention("Dr. José  GARCÍA Jr.") == mention("jose garcia")
    assert mention("Karpathy") == ("karpathy", "")
    assert mention("A. Karpathy") == ("karpathy", "a")
    assert mention("  ") is None


def test_organisations_compare_without_legal_suffixes() -> None:
    assert org_key("Tesla Inc") == org_key("tesla") == org_key("The Tesla Corp.")
    assert org_key("Tesla") != org_key("Google")
    assert org_key(None) == ""


def test_variants_and_surname_only_at_the_same_org_are_one_person() -> None:
    """Andrey, Andrej and "Karpathy" at Tesla resolve to one id."""
    units = [("andrei", "tesla"), ("", "tesla"), ("a", "tesla")]
    resolved = resolve(units, "karpathy")
    assert len({person_id(key) for key in resolved.values()}) == 1


def test_same_surname_different_first_names_are_two_people() -> None:
    resolved = resolve([("andrei", "tesla"), ("sam", "google")], "karpathy")
    assert resolved[("andrei", "tesla")] != resolved[("sam", "google")]


def test_surname_only_at_another_org_is_its_own_person() -> None:
    """ "Karpathy" at Google is not assumed to be Andrej Karpathy of Tesla."""
    resolved = resolve([("andrei", "tesla"), ("", "google")], "karpathy")
    assert resolved[("", "google")] == PersonKey("karpathy", "", "google")


def test_surname_only_with_two_candidates_at_the_org_stays_apart() -> None:
    resolved = resolve([("andrei", "tesla"), ("sam", "tesla"), ("", "tesla")], "karpathy")
    assert resolved[("", "tesla")] == PersonKey("karpathy", "", "tesla")


def test_an_initial_joins_the_one_full_name_it_fits() -> None:
    resolved = resolve([("andrei", "tesla"), ("a", "openai")], "karpathy")
    assert resolved[("a", "openai")] == resolved[("andrei", "tesla")]


def test_an_ambiguous_initial_is_settled_by_the_organisation() -> None:
    resolved = resolve([("anna", "acme"), ("alan", "beta"), ("a", "beta")], "smith")
    assert resolved[("a", "beta")] == resolved[("alan", "beta")]


def test_resolution_does_not_depend_on_order() -> None:
    units = [("andrei", "tesla"), ("", "tesla"), ("a", "openai"), ("sam", "google"), ("", "x")]
    assert resolve(units, "karpathy") == resolve(list(reversed(units)), "karpathy")
