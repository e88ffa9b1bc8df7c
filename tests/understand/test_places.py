"""Toponym recognition, resolution and precision on dispatches written for these tests."""
from __future__ import annotations

import pytest

from guetteur.geo.gazetteer import distance_km
from guetteur.model import Article
from guetteur.understand.analysis import analyze
from guetteur.understand.places import find_places, focus_country

# sentence, name as written, expected gazetteer name, ISO2, geo_precision, latitude, longitude
CASES = [
    # Libya
    ("Des drones ont frappé jeudi des positions à Ghariane, selon une source militaire libyenne.",
     "Ghariane", "Gharyan", "LY", 1, 32.17, 13.02),
    ("Les combats se poursuivent à Ain Zara, dans la banlieue sud de Tripoli, en Libye.",
     "Ain Zara", "Tripoli", "LY", 1, 32.89, 13.19),
    ("Les forces libyennes ont progressé à Gasr Ben Ghachir mardi soir.",
     "Gasr Ben Ghachir", "Qaşr Bin Ghashīr", "LY", 1, 32.69, 13.18),
    ("Un entrepôt a été détruit à Misurata, à 200 km à l'est de la capitale libyenne.",
     "Misurata", "Misratah", "LY", 1, 32.38, 15.09),
    ("Les troupes de Haftar se sont retirées de Syrte, selon l'agence libyenne.",
     "Syrte", "Sirte", "LY", 1, 31.21, 16.59),
    ("Trois civils ont été tués dans le quartier d'Abou Salim à Tripoli, selon le ministère libyen de la Santé.",
     "Abou Salim", "Tripoli", "LY", 1, 32.89, 13.19),
    ("L'aéroport de Mitiga a été visé par des roquettes, selon les autorités libyennes.",
     "Mitiga", "Tripoli", "LY", 1, 32.89, 13.19),
    ("Des affrontements ont éclaté à 20 km au sud de Tripoli, en Libye.",
     "Tripoli", "Tripoli", "LY", 2, 32.89, 13.19),
    ("Un homme a été tué à Tripoli, dans le nord du Liban, lors d'une manifestation.",
     "Tripoli", "Tripoli", "LB", 1, 34.44, 35.85),
    ("L'armée libanaise a déployé des troupes après des heurts à Bab el-Tebbaneh.",
     "Bab el-Tebbaneh", "Tripoli", "LB", 1, 34.44, 35.85),
    ("Des milices ont attaqué Tarhouna, au sud-est de Tripoli, selon des sources libyennes.",
     "Tarhouna", "Tarhuna", "LY", 1, 32.44, 13.63),
    ("Les forces du GNA ont lancé une offensive vers Bani Oualid, en Libye.",
     "Bani Oualid", "Bani Walid", "LY", 1, 31.75, 13.98),
    ("Un convoi a été attaqué près de Sabha, dans le sud libyen.",
     "Sabha", "Sabha", "LY", 2, 27.04, 14.43),
    ("Des frappes aériennes ont visé Tajoura, à l'est de Tripoli, en Libye.",
     "Tajoura", "Tajura", "LY", 1, 32.88, 13.35),
    ("La situation reste tendue en Libye, selon l'ONU.",
     "Libye", "Libya", "LY", 3, 26.34, 17.23),
    ("Des roquettes sont tombées à Gharian, selon les médias libyens.",
     "Gharian", "Gharyan", "LY", 1, 32.17, 13.02),
    # Mali
    ("Des jihadistes ont attaqué un poste militaire à Tombouctou, dans le nord du Mali.",
     "Tombouctou", "Timbuktu", "ML", 1, 16.77, -3.01),
    ("Dix soldats maliens ont été tués dans la région de Mopti, a indiqué l'armée.",
     "Mopti", "Mopti", "ML", 3, 14.48, -4.18),
    ("Une embuscade a visé un convoi près de Douentza, dans le centre du Mali.",
     "Douentza", "Douentza", "ML", 2, 15.01, -2.95),
    ("Des hommes armés ont incendié un village à une trentaine de kilomètres de Bandiagara, au Mali.",
     "Bandiagara", "Bandiagara", "ML", 2, 14.35, -3.61),
    ("Les violences se concentrent dans le centre du Mali, selon l'ONU.",
     "Mali", "Mali", "ML", 3, 17.6, -2.0),
    ("Un engin explosif a touché un véhicule à Sévaré, dans le centre malien.",
     "Sévaré", "Sévaré", "ML", 1, 14.53, -4.10),
    ("Des manifestants se sont rassemblés à Bamako vendredi pour réclamer le départ des troupes étrangères.",
     "Bamako", "Bamako", "ML", 1, 12.65, -8.0),
    ("Le camp de Boulkessi a été attaqué par des jihadistes, a annoncé l'armée malienne.",
     "Boulkessi", "Boulkessi", "ML", 1, 14.55, -1.47),
    # Burkina Faso
    ("Des assaillants ont tué douze civils à Djibo, dans le nord du Burkina Faso.",
     "Djibo", "Djibo", "BF", 1, 14.10, -1.63),
    ("Une attaque a fait cinq morts dans la province du Soum, au Burkina Faso.",
     "Soum", "Djibo", "BF", 2, 14.10, -1.63),
    ("Des heurts ont eu lieu à Ouagadougou entre manifestants et policiers burkinabè.",
     "Ouagadougou", "Ouagadougou", "BF", 1, 12.37, -1.53),
    ("Les habitants de Solhan ont fui après l'attaque, selon des sources burkinabè.",
     "Solhan", "Solhan", "BF", 1, 13.42, 0.53),
    # Niger
    ("Des soldats nigériens ont été tués à Tillabéri, dans l'ouest du Niger.",
     "Tillabéri", "Tillabéri", "NE", 1, 14.21, 1.45),
    ("Un camp de réfugiés a été attaqué à Diffa, dans le sud-est du Niger.",
     "Diffa", "Diffa", "NE", 1, 13.32, 12.61),
    # Nigeria
    ("Des insurgés ont attaqué Konduga, à 35 km de Maiduguri, dans le nord-est du Nigeria.",
     "Konduga", "Konduga", "NG", 1, 11.65, 13.42),
    ("Une explosion a frappé un marché de Maiduguri, au Nigeria.",
     "Maiduguri", "Maiduguri", "NG", 1, 11.85, 13.16),
    ("Les violences ont fait plusieurs morts dans l'Etat de Borno, au Nigeria.",
     "Etat de Borno", "Maiduguri", "NG", 3, 11.85, 13.16),
    ("Des hommes armés ont enlevé des élèves à Kaduna, dans le nord-ouest du Nigeria.",
     "Kaduna", "Kaduna", "NG", 1, 10.52, 7.44),
    ("Le nord-est du Nigeria reste en proie aux attaques.",
     "Nigeria", "Nigeria", "NG", 3, 9.1, 8.7),
    # DR Congo
    ("Des rebelles ont tué huit civils à Beni, dans l'est de la République démocratique du Congo.",
     "Beni", "Beni", "CD", 1, 0.49, 29.47),
    ("Des assaillants ont attaqué le quartier Rwangoma à Beni dans la nuit, en RDC.",
     "Rwangoma", "Beni", "CD", 1, 0.49, 29.47),
    ("L'armée congolaise combat les rebelles à Sake, à une vingtaine de kilomètres de Goma.",
     "Sake", "Sake", "CD", 1, -1.57, 29.04),
    ("Des tirs ont été entendus à Goma, chef-lieu de la province du Nord-Kivu, en RDC.",
     "Goma", "Goma", "CD", 1, -1.68, 29.23),
    ("La situation sécuritaire se dégrade dans le Nord-Kivu, selon des sources congolaises.",
     "Nord-Kivu", "Goma", "CD", 3, -1.68, 29.23),
    ("Une attaque contre des déplacés a fait vingt morts près de Bunia, en Ituri.",
     "Bunia", "Bunia", "CD", 2, 1.56, 30.25),
    ("Des miliciens ont attaqué plusieurs villages du territoire de Djugu, en RDC.",
     "Djugu", "Djugu", "CD", 2, 1.92, 30.50),
    ("Les militaires ont repris le contrôle de Kiwanja, dans l'est de la RDC.",
     "Kiwanja", "Kiwanja", "CD", 1, -1.17, 29.46),
    ("Kinshasa accuse le Rwanda de soutenir les rebelles actifs en RDC.",
     "RDC", "Democratic Republic of Congo", "CD", 3, -4.0, 21.8),
    # Syria
    ("Des raids aériens ont frappé Ariha, dans la province d'Idleb, selon une ONG syrienne.",
     "Ariha", "Arīḩā", "SY", 1, 35.81, 36.61),
    ("Les bombardements se sont intensifiés dans la province d'Idleb, dans le nord-ouest de la Syrie.",
     "Idleb", "Idlib", "SY", 3, 35.93, 36.63),
    ("Des obus sont tombés sur le quartier de Hamdaniyé à Alep, selon les médias syriens.",
     "Hamdaniyé", "Aleppo", "SY", 1, 36.20, 37.16),
    ("Les forces syriennes ont avancé vers Saraqeb, selon une ONG.",
     "Saraqeb", "Saraqib", "SY", 1, 35.86, 36.81),
    ("Des combattants ont été tués à Maaret al-Noomane, dans le sud de la province d'Idleb, en Syrie.",
     "Maaret al-Noomane", "Maarat al-Numan", "SY", 1, 35.64, 36.67),
    ("La base aérienne de Hmeimim, en Syrie, a été visée par des drones.",
     "Hmeimim", "Hmeimim", "SY", 1, 35.40, 35.95),
    ("Des frappes ont visé Damas, la capitale syrienne.",
     "Damas", "Damascus", "SY", 1, 33.51, 36.29),
    ("Des affrontements ont eu lieu à Alep, dans le nord de la Syrie.",
     "Alep", "Aleppo", "SY", 1, 36.20, 37.16),
    # Cameroon
    ("Des séparatistes ont attaqué Kumbo, dans la région du Nord-Ouest du Cameroun.",
     "Kumbo", "Kumbo", "CM", 1, 6.2, 10.67),
    ("Des tirs ont éclaté dans le quartier Ntarinkon à Bamenda, au Cameroun.",
     "Ntarinkon", "Bamenda", "CM", 1, 5.96, 10.15),
    ("Des jihadistes ont attaqué Kolofata, dans l'Extrême-Nord du Cameroun.",
     "Kolofata", "Kolofata", "CM", 1, 11.17, 14.01),
    ("Les violences persistent dans la région de l'Extrême-Nord, au Cameroun.",
     "Extrême-Nord", "Maroua", "CM", 3, 10.59, 14.32),
    # Central African Republic
    ("Des tirs ont été entendus au PK5, à Bangui, dans la nuit de samedi.",
     "PK5", "Bangui", "CF", 1, 4.36, 18.55),
    ("Les casques bleus ont repoussé une attaque à Bambari, en Centrafrique.",
     "Bambari", "Bambari", "CF", 1, 5.77, 20.68),
    ("Des rebelles ont pris le contrôle de Kaga-Bandoro, dans le centre de la Centrafrique.",
     "Kaga-Bandoro", "Kaga-Bandoro", "CF", 1, 6.99, 19.19),
    # Haiti
    ("Des gangs se sont affrontés à Martissant, au sud de Port-au-Prince, en Haïti.",
     "Martissant", "Port-au-Prince", "HT", 1, 18.54, -72.34),
    ("Les violences ont fait dix morts à Cité Soleil, selon la police haïtienne.",
     "Cité Soleil", "Port-au-Prince", "HT", 1, 18.54, -72.34),
    ("Des membres de gangs ont incendié des maisons à Croix-des-Bouquets, en Haïti.",
     "Croix-des-Bouquets", "Croix-des-Bouquets", "HT", 1, 18.58, -72.23),
    # Sudan
    ("Des paramilitaires ont bombardé Omdurman, près de Khartoum, au Soudan.",
     "Omdurman", "Omdurman", "SD", 1, 15.64, 32.48),
    ("Des attaques ont visé le camp de Zamzam, près d'El Fasher, au Soudan.",
     "Zamzam", "Zamzam camp", "SD", 1, 13.48, 25.29),
    # Elsewhere
    ("Des milliers de manifestants ont défilé à Alger vendredi.",
     "Alger", "Algiers", "DZ", 1, 36.74, 3.09),
    ("Le Caire a accueilli une réunion sur la crise libyenne.",
     "Le Caire", "Cairo", "EG", 1, 30.06, 31.25),
    ("Un attentat a frappé Mogadiscio, la capitale somalienne.",
     "Mogadiscio", "Mogadishu", "SO", 1, 2.04, 45.34),
    ("Des frappes ont touché Sanaa, la capitale du Yémen.",
     "Sanaa", "Sanaa", "YE", 1, 15.35, 44.21),
    ("Des insurgés ont attaqué Palma, dans le nord du Mozambique.",
     "Palma", "Palma", "MZ", 1, -10.78, 40.47),
]


@pytest.fixture(scope="module")
def parse():
    def run(text: str, title: str | None = None):
        return next(analyze([Article(id="t", text=text, title=title)]))
    run("Préchauffage.")   # loads spaCy once for the whole file
    return run


def _mention(mentions, surface):
    found = [m for m in mentions if m.text == surface]
    assert found, f"{surface!r} not found in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize("sentence,surface,name,iso2,precision,lat,lon", CASES,
                         ids=[c[1] + "-" + c[3] for c in CASES])
def test_place_is_found_resolved_and_coded(parse, sentence, surface, name, iso2, precision, lat, lon):
    mention = _mention(find_places(parse(sentence)), surface)
    assert (mention.place.name, mention.place.country_iso2, mention.precision) == (name, iso2, precision)
    assert distance_km(mention.place.latitude, mention.place.longitude, lat, lon) < 25


def test_case_table_spans_many_countries():
    assert len(CASES) >= 60 and len({c[3] for c in CASES}) >= 15


@pytest.mark.parametrize("sentence,relation", [
    ("Des affrontements ont éclaté à 20 km au sud de Tripoli, en Libye.", "south of"),
    ("Un convoi a été attaqué près de Sabha, dans le sud libyen.", "near"),
    ("Dix soldats maliens ont été tués dans la région de Mopti.", "region"),
    ("Les violences se concentrent dans le centre du Mali.", "centre of"),
    ("Des tirs ont été entendus au PK5, à Bangui.", "district"),
])
def test_relation_is_kept(parse, sentence, relation):
    assert find_places(parse(sentence))[0].relation == relation


def test_spans_point_into_the_text(parse):
    adoc = parse("Des combats ont eu lieu à Ghariane puis à Tripoli, en Libye.")
    mentions = find_places(adoc)
    assert [(adoc.text[m.start:m.end], m.text) for m in mentions] == [
        ("Ghariane", "Ghariane"), ("Tripoli", "Tripoli"), ("Libye", "Libye")]


@pytest.mark.parametrize("sentence", [
    "Le général Haftar a rencontré Fayez al-Sarraj mardi.",
    "Moussa Traoré a été enterré mardi.",
    "Le porte-parole de Boko Haram a menacé les autorités.",
    "Selon Amnesty International, la situation empire.",
    "",
    "   \n\n  ",
    "§§§ ### 12 34 !!",
])
def test_no_place_in_text_without_places(parse, sentence):
    assert find_places(parse(sentence)) == []


@pytest.mark.parametrize("text,title,iso2", [
    ("Un homme a été tué à Tripoli lors de heurts, selon l'armée libanaise.", None, "LB"),
    ("Les forces de Haftar ont bombardé Tripoli jeudi.", "Libye : nouveaux combats", "LY"),
    ("Trois soldats maliens ont été tués jeudi.", None, "ML"),
    ("Une attaque a fait dix morts à Djibo.", None, "BF"),
    ("Il a plu toute la journée.", None, None),
    # the forces of a state that fights abroad say who struck, not where
    ("Des raids de l'aviation russe ont visé lundi la ville de Sarmin, dans la province d'Idleb.", None, "SY"),
    ("Des avions turcs ont bombardé des positions kurdes près de Tal Abyad, en Syrie.", None, "SY"),
    ("Des combattants du Hezbollah ont attaqué une position de l'armée israélienne près de Metoula.", None, "IL"),
])
def test_focus_country(parse, text, title, iso2):
    adoc = parse(text, title)
    country = focus_country(adoc, find_places(adoc))
    assert (country.iso2 if country else None) == iso2


@pytest.mark.parametrize("text,surface,iso2", [
    ("Les rebelles ont attaqué Rutshuru, près de Goma. Kinshasa a envoyé des renforts et le Congo dénonce "
     "une agression.", "Congo", "CD"),
    ("Des manifestants ont défilé à Brazzaville. Le Congo vote en mars.", "Congo", "CG"),
    ("Le Congo a signé un accord.", "Congo", "CG"),
])
def test_congo_follows_the_article(parse, text, surface, iso2):
    assert _mention(find_places(parse(text)), surface).place.country_iso2 == iso2


@pytest.mark.parametrize("sentence,surface,name,feature,precision", [
    ("Des milliers de personnes ont défilé à Mexico dimanche.", "Mexico", "Mexico City", "city", 1),
    ("Des violences ont éclaté au Mexique dimanche.", "Mexique", "Mexico", "country", 3),
    ("Des heurts ont éclaté à Djibouti, selon la police.", "Djibouti", "Djibouti", "city", 1),
])
def test_a_before_a_country_name_means_its_city(parse, sentence, surface, name, feature, precision):
    mention = _mention(find_places(parse(sentence)), surface)
    assert (mention.place.name, mention.place.feature, mention.precision) == (name, feature, precision)


@pytest.mark.parametrize("sentence,surface,precision", [
    ("Des tirs ont éclaté dans le nord de Bangui, en Centrafrique.", "Bangui", 1),
    ("Des tirs ont éclaté au nord de Bangui, en Centrafrique.", "Bangui", 2),
    ("Un obus a frappé le centre de Kharkiv, en Ukraine.", "Kharkiv", 1),
    ("Des tirs ont éclaté à Kati, tout proche de Bamako, au Mali.", "Bamako", 2),
    ("Des combats ont éclaté à Omdurman, en face de Khartoum.", "Khartoum", 2),
    ("Des combats ont éclaté dans le nord du Mali.", "Mali", 3),
])
def test_inside_a_town_or_beside_it(parse, sentence, surface, precision):
    assert _mention(find_places(parse(sentence)), surface).precision == precision


@pytest.mark.parametrize("sentence,surface,name,precision", [
    ("Des combats ont éclaté à Ménaka mardi, au Mali.", "Ménaka", "Ménaka", 1),
    ("Une patrouille a été visée près de Deir Ezzor, en Syrie.", "Deir Ezzor", "Deir ez-Zor", 2),
    ("Des violences ont éclaté dans la région de Ménaka, au Mali.", "Ménaka", "Ménaka", 3),
])
def test_region_named_like_its_capital_is_the_town_unless_said(parse, sentence, surface, name, precision):
    mention = _mention(find_places(parse(sentence)), surface)
    assert (mention.place.name, mention.place.feature, mention.precision) == (name, "city", precision)


@pytest.mark.parametrize("sentence,surface,name", [
    ("Une frappe a visé le camp d'al-Hol, dans le nord-est syrien.", "al-Hol", "Al-Hol camp"),
    ("Des obus sont tombés sur Deir ez-Zor, en Syrie.", "Deir ez-Zor", "Deir ez-Zor"),
    ("Les insurgés ont repris Mocímboa da Praia, dans le nord du Mozambique.", "Mocímboa da Praia",
     "Mocímboa da Praia"),
])
def test_names_with_lower_case_articles(parse, sentence, surface, name):
    assert _mention(find_places(parse(sentence)), surface).place.name == name


@pytest.mark.parametrize("sentence,surface,name,iso2", [
    ("Les paramilitaires ont bombardé El Facher, au Soudan.", "El Facher", "El Fasher", "SD"),
    ("Une bombe a frappé Maidougouri, au Nigeria.", "Maidougouri", "Maiduguri", "NG"),
    ("Une explosion a frappé un marché de Kobané, à la frontière turque, en Syrie.", "Kobané", "‘Ayn al ‘Arab", "SY"),
    ("Des drones ont frappé Soumy, près de la frontière russe.", "Soumy", "Sumy", "UA"),
])
def test_variants_after_a_verb_and_neighbours_demonyms(parse, sentence, surface, name, iso2):
    mention = _mention(find_places(parse(sentence)), surface)
    assert (mention.place.name, mention.place.country_iso2) == (name, iso2)


def test_actor_hints_and_force_demonyms_in_the_focus_country(parse):
    from collections import Counter

    from guetteur.understand.places import find_places, focus_country
    strike = parse("Des avions russes ont bombardé lundi des positions rebelles près d'Idleb.")
    assert focus_country(strike, find_places(strike)).iso2 == "SY"     # the place beats the force's demonym
    alone = parse("Trois soldats maliens ont été tués jeudi.")
    assert focus_country(alone, find_places(alone)).iso2 == "ML"      # alone, the demonym still places it
    village = parse("Les assaillants ont tué douze villageois.")
    assert focus_country(village, find_places(village, Counter({"CD": 1})), Counter({"CD": 1})).iso2 == "CD"


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué dimanche une église de Essakane pendant la messe.",   # not Isfahan
    "Des miliciens ont incendié des maisons à Kalehe lundi.",                          # not Cali
])
def test_unknown_village_is_not_a_foreign_city_by_fuzzy_guess(parse, text):
    from guetteur.understand.places import find_places
    assert [p.place.country_iso2 for p in find_places(parse(text))] in ([], ["CD"], ["BF"])


def test_spelling_variant_abroad_needs_the_same_skeleton_and_a_similar_spelling(parse):
    from guetteur.understand.places import find_places
    places = find_places(parse("Les combats se poursuivent autour de Ghariane, selon des témoins."))
    assert [(p.place.name, p.place.country_iso2) for p in places] == [("Gharyan", "LY")]


@pytest.mark.parametrize("text,surface,name,iso2", [
    # spaCy's English model often reads an unfamiliar place as a person: the preposition decides
    ("Russian jets struck a bakery in Maarat Misrine, north of Idlib, on Monday.", "Maarat Misrine",
     "Ma‘arratmişrīn", "SY"),
    ("Gunmen killed four farmers near Kumbo in Cameroon's North-West region on Sunday.", "Kumbo", "Kumbo", "CM"),
])
def test_english_prepositions_announce_places(text, surface, name, iso2):
    adoc = next(analyze([Article(id="t", text=text, lang="en")], lang="en"))
    mention = _mention(find_places(adoc), surface)
    assert (mention.place.name, mention.place.country_iso2) == (name, iso2)
