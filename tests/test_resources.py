from guetteur.resources import language_folder, load_yaml


def test_a_language_with_its_own_file_reads_it():
    assert language_folder("en", "triggers.yml") == "en"
    assert language_folder("EN-gb", "dates.yml") == "en"


def test_a_language_without_the_file_falls_back_on_french():
    assert language_folder("es", "triggers.yml") == "fr"
    assert language_folder(None, "triggers.yml") == "fr"
    assert language_folder("en", "places.yml") == "fr"     # places cues are French only


def test_shipped_resources_load():
    assert "Battles" in load_yaml("taxonomy.yml")["Political violence"]
