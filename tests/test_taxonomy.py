import pytest

from guetteur.taxonomy import disorder_type_of, event_type_of, is_valid, more_specific


def test_taxonomy_has_exactly_six_types_and_25_sub_types():
    assert len(event_type_of()) == 25
    assert len(set(event_type_of().values())) == 6


@pytest.mark.parametrize("sub, etype, disorder", [
    ("Air/drone strike", "Explosions/Remote violence", "Political violence"),
    ("Mob violence", "Riots", "Demonstrations"),
    ("Arrests", "Strategic developments", "Strategic developments"),
    ("Government regains territory", "Battles", "Political violence"),
    ("Abduction/forced disappearance", "Violence against civilians", "Political violence"),
])
def test_sub_type_belongs_to_its_type(sub, etype, disorder):
    assert event_type_of()[sub] == etype
    assert disorder_type_of()[etype] == disorder
    assert is_valid(etype, sub)


def test_invalid_pair_is_rejected():
    assert not is_valid("Battles", "Grenade")


def test_capture_is_more_specific_than_clash():
    assert more_specific("Armed clash", "Non-state actor overtakes territory") == "Non-state actor overtakes territory"
    assert more_specific("Government regains territory", "Armed clash") == "Government regains territory"
