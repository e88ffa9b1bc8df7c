"""Actor mentions: dictionary, validity dates, country scopes, generic actors, in-text acronyms, leaders."""
from datetime import date

import pytest

from guetteur.geo.countries import by_iso3, country_named
from guetteur.model import Article
from guetteur.understand import actors as actors_module
from guetteur.understand.actors import actor_dictionary, find_actors, generic_actor
from guetteur.understand.analysis import analyze, load_model


@pytest.fixture(scope="module")
def parse():
    load_model("fr")

    def run(text: str, published: str | None = None, lang: str = "fr"):
        adoc = next(analyze([Article(id="t", text=text, published=published)]))
        adoc.lang = lang
        return adoc
    return run


def found(parse, text, country, published=None, lang="fr"):
    focus = country_named(country) if country else None
    return [(m.text, m.actor.name, m.actor.inter) for m in find_actors(parse(text, published, lang), focus)]


# --------------------------------------------------------------------------- named actors in sentences
NAMED = [
    # Libya
    ("Les forces de l'ANL ont pilonné Ain Zara.", "Libye", "2019-06-01", "forces de l'ANL", "Libyan National Army", 2),
    ("L'Armée nationale libyenne a perdu Gharyan.", "Libye", "2019-06-27", "Armée nationale libyenne",
     "Libyan National Army", 2),
    ("Les pro-Haftar ont tiré des roquettes sur Mitiga.", "Libye", "2020-01-10", "pro-Haftar", "Libyan National Army", 2),
    ("Les troupes du maréchal Khalifa Haftar avancent.", "Libye", "2019-04-05", "troupes du maréchal Khalifa Haftar",
     "Libyan National Army", 2),
    ("Haftar a lancé une offensive sur Tripoli.", "Libye", "2019-04-04", "Haftar", "Libyan National Army", 2),
    ("Les forces du GNA ont repris Tarhouna.", "Libye", "2020-06-05", "forces du GNA",
     "Government of National Accord", 1),
    ("Les forces gouvernementales ont repoussé l'assaut.", "Libye", "2019-05-10", "forces gouvernementales",
     "Government of National Accord", 1),
    ("Les forces gouvernementales ont sécurisé Zawiya.", "Libye", "2022-05-10", "forces gouvernementales",
     "Government of National Unity", 1),
    ("Des affrontements ont opposé la Rada à une brigade rivale.", "Libye", "2023-08-15", "Rada",
     "Rada Special Deterrence Forces", 3),
    # Mali, Sahel
    ("Les FAMa ont neutralisé des terroristes.", "Mali", "2022-01-03", "FAMa", "Military forces of Mali", 1),
    ("Le JNIM a revendiqué l'embuscade.", "Mali", "2021-05-02", "JNIM",
     "JNIM: Group for Support of Islam and Muslims", 2),
    ("Le GSIM a attaqué un convoi à Boni.", "Burkina Faso", "2021-05-02", "GSIM",
     "JNIM: Group for Support of Islam and Muslims", 2),
    ("Des combattants de l'EIGS ont tué des civils.", "Niger", "2021-03-21", "combattants de l'EIGS",
     "Islamic State (Greater Sahara)", 2),
    ("L'EI a revendiqué l'attaque de Ménaka.", "Mali", "2023-03-10", "EI", "Islamic State Sahel Province", 2),
    ("Des casques bleus ont été blessés près de Kidal.", "Mali", "2021-04-02", "casques bleus",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", 8),
    ("Les mercenaires de Wagner ont été vus à Moura.", "Mali", "2022-03-30", "mercenaires de Wagner",
     "Wagner Group", 8),
    ("La force Barkhane a mené une frappe.", "Mali", "2020-11-12", "force Barkhane", "Military forces of France", 8),
    ("Les dozos ont attaqué un hameau peul.", "Mali", "2019-03-24", "dozos", "Dan Na Ambassagou", 4),
    ("Dan Na Ambassagou dément toute implication.", "Mali", "2019-03-25", "Dan Na Ambassagou",
     "Dan Na Ambassagou", 4),
    ("La FORSAT est intervenue au centre-ville.", "Mali", "2020-07-11", "FORSAT", "Police forces of Mali", 1),
    ("Le CSP a revendiqué la prise du camp de Bourem.", "Mali", "2023-09-13", "CSP",
     "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", 2),
    ("Les VDP ont repoussé l'attaque.", "Burkina Faso", "2022-11-01", "VDP",
     "VDP: Volunteers for the Defense of the Homeland", 3),
    ("Les FAN ont sécurisé Diffa.", "Niger", "2020-02-01", "FAN", "Military forces of Niger", 1),
    # Nigeria, Lake Chad, Chad, Cameroon
    ("Boko Haram a attaqué Konduga.", "Nigeria", "2021-02-01", "Boko Haram", "Boko Haram (JAS)", 2),
    ("L'État islamique en Afrique de l'Ouest (ISWAP) a frappé Monguno.", "Nigeria", "2020-06-13",
     "État islamique en Afrique de l'Ouest", "ISWAP: Islamic State West Africa Province", 2),
    ("Le FACT a franchi la frontière libyenne.", "Tchad", "2021-04-11", "FACT",
     "FACT: Front for Change and Concord in Chad", 2),
    ("Les Amba boys ont incendié une école.", "Cameroun", "2021-01-10", "Amba boys", "Ambazonian separatists", 2),
    ("Les séparatistes ont tué deux gendarmes.", "Cameroun", "2020-10-24", "séparatistes",
     "Ambazonian separatists", 2),
    ("Les éléments du BIR ont riposté.", "Cameroun", "2020-02-14", "éléments du BIR",
     "Military forces of Cameroon", 1),
    # DRC, CAR
    ("Les rebelles du M23 ont pris Bunagana.", "RDC", "2022-06-13", "rebelles du M23", "M23: March 23 Movement", 2),
    ("Les FARDC ont repris Kibumba.", "RDC", "2022-06-20", "FARDC",
     "Military forces of the Democratic Republic of Congo", 1),
    ("Des miliciens de la Codeco ont attaqué un site de déplacés.", "RDC", "2022-02-01",
     "miliciens de la Codeco", "CODECO: Cooperative for the Development of Congo", 4),
    ("Les ADF ont tué des villageois à Beni.", "RDC", "2021-05-30", "ADF", "ADF: Allied Democratic Forces", 2),
    ("Les Maï-Maï ont attaqué Uvira.", "RDC", "2021-08-01", "Maï-Maï", "Mai-Mai Militia", 3),
    ("Les wazalendo ont repoussé le M23.", "RDC", "2024-02-01", "wazalendo", "Wazalendo", 3),
    ("Les casques bleus ont dispersé la foule.", "RDC", "2022-07-26", "casques bleus",
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", 8),
    ("Les FACA ont repris Bambari.", "Centrafrique", "2021-02-17", "FACA",
     "Military forces of the Central African Republic", 1),
    ("La CPC a attaqué Bangui.", "Centrafrique", "2021-01-13", "CPC", "CPC: Coalition of Patriots for Change", 2),
    ("Les anti-balaka ont attaqué un camp.", "Centrafrique", "2017-05-13", "anti-balaka", "Anti-Balaka", 4),
    ("Des hommes de l'UPC ont pillé Alindao.", "Centrafrique", "2018-11-15", "hommes de l'UPC",
     "UPC: Unity for Peace in Central Africa", 2),
    # Sudan, Somalia, Mozambique, Ethiopia
    ("Les FSR ont dispersé un sit-in.", "Soudan", "2019-06-03", "FSR", "Rapid Support Forces", 1),
    ("Les FSR ont pris Wad Madani.", "Soudan", "2023-12-19", "FSR", "Rapid Support Forces", 2),
    ("Hemedti a annoncé un cessez-le-feu.", "Soudan", "2023-05-20", "Hemedti", "Rapid Support Forces", 2),
    ("Les shebab ont attaqué une base.", "Somalie", "2022-05-03", "shebab", "Al Shabaab", 2),
    ("Les shebab ont attaqué Mocimboa da Praia.", "Mozambique", "2021-03-24", "shebab",
     "Islamic State Mozambique Province", 2),
    ("La force de l'Union africaine a évacué la base.", "Somalie", "2023-05-01", "force de l'Union africaine",
     "ATMIS: African Union Transition Mission in Somalia", 8),
    ("Le TPLF a repris Mekele.", "Éthiopie", "2021-06-28", "TPLF", "TPLF: Tigray People's Liberation Front", 2),
    # Syria, Iraq, Lebanon, Israel, Yemen
    ("Les forces du régime ont bombardé Idleb.", "Syrie", "2020-02-01", "forces du régime",
     "Military forces of Syria", 1),
    ("HTS a repoussé une offensive.", "Syrie", "2020-01-01", "HTS", "HTS: Hayat Tahrir al-Sham", 2),
    ("Les FDS ont capturé des membres de l'EI.", "Syrie", "2019-03-01", "FDS", "SDF: Syrian Democratic Forces", 2),
    ("Des jihadistes de l'EI ont attaqué Deir ez-Zor.", "Syrie", "2019-03-01", "jihadistes de l'EI",
     "Islamic State (Syria)", 2),
    ("La coalition a frappé Baghouz.", "Syrie", "2019-03-01", "coalition", "Military forces of the United States", 8),
    ("Le Hachd al-Chaabi a repris Tal Afar.", "Irak", "2017-08-27", "Hachd al-Chaabi",
     "Popular Mobilization Forces", 1),
    ("Le Hezbollah a tiré des roquettes.", "Liban", "2023-11-01", "Hezbollah", "Hezbollah", 3),
    ("Tsahal a frappé Khan Younès.", "Palestine", "2023-11-01", "Tsahal", "Military forces of Israel", 1),
    ("Le Hamas a tiré des roquettes.", "Palestine", "2023-11-01", "Hamas", "Hamas Movement", 2),
    ("Les rebelles houthis ont tiré un missile.", "Yémen", "2022-01-17", "rebelles houthis", "Houthi Movement", 2),
    # Haiti, Algeria, Ukraine
    ("Le gang 400 Mawozo a enlevé des missionnaires.", "Haïti", "2021-10-16", "gang 400 Mawozo", "400 Mawozo", 3),
    ("Barbecue a pris la tête de Viv Ansanm.", "Haïti", "2024-03-01", "Barbecue", "G9 and Family", 3),
    ("La coalition Viv Ansanm a attaqué Solino.", "Haïti", "2024-10-20", "coalition Viv Ansanm", "Viv Ansanm", 3),
    ("La PNH a lancé une opération.", "Haïti", "2023-04-01", "PNH", "Police forces of Haiti", 1),
    ("La DGSN a fait état de 176 interpellations.", "Algérie", "2019-03-09", "DGSN", "Police forces of Algeria", 1),
    ("L'armée russe a bombardé Kharkiv.", "Ukraine", "2022-03-01", "armée russe", "Military forces of Russia", 8),
]


@pytest.mark.parametrize("text,country,published,surface,name,inter", NAMED)
def test_named_actors(parse, text, country, published, surface, name, inter):
    assert (surface, name, inter) in found(parse, text, country, published)


# --------------------------------------------------------------------------- generic actors
GENERIC = [
    ("L'armée malienne a repoussé l'attaque.", "Mali", "armée malienne", "Military forces of Mali", 1),
    ("Des soldats burkinabè ont été tués.", "Burkina Faso", "soldats burkinabè", "Military forces of Burkina Faso", 1),
    ("Des soldats burkinabè ont traversé la frontière.", "Mali", "soldats burkinabè",
     "Military forces of Burkina Faso", 8),
    ("Des militaires nigériens patrouillaient.", "Niger", "militaires nigériens", "Military forces of Niger", 1),
    ("Des militaires ont été tués.", "Mali", "militaires", "Military forces of Mali", 1),
    ("L'armée du Mali a repris Anéfis.", None, "armée du Mali", "Military forces of Mali", 1),
    ("Les soldats de la RDC ont fui.", "Rwanda", "soldats de la RDC",
     "Military forces of the Democratic Republic of Congo", 8),
    ("Des militaires français ont été visés.", "Mali", "militaires français", "Military forces of France", 8),
    ("Les forces de défense et de sécurité ont riposté.", "Burkina Faso", "forces de défense et de sécurité",
     "Military forces of Burkina Faso", 1),
    ("Les drones turcs ont frappé une base.", "Libye", "drones turcs", "Military forces of Turkey", 8),
    ("Le régime syrien a bombardé Douma.", "Syrie", "régime syrien", "Military forces of Syria", 1),
    ("Les policiers ont dispersé la foule.", "Mali", "policiers", "Police forces of Mali", 1),
    ("Les forces de l'ordre ont chargé.", "Burkina Faso", "forces de l'ordre", "Police forces of Burkina Faso", 1),
    ("Les gendarmes ont été pris pour cible.", "Cameroun", "gendarmes", "Police forces of Cameroon", 1),
    ("Les autorités maliennes ont dénoncé l'attaque.", "Mali", "autorités maliennes", "Government of Mali", 1),
    ("Des civils ont été tués.", "Mali", "civils", "Civilians (Mali)", 7),
    ("Les villageois ont fui.", "Burkina Faso", "villageois", "Civilians (Burkina Faso)", 7),
    ("Les passagers du bus ont été enlevés.", "Haïti", "passagers", "Civilians (Haiti)", 7),
    ("Des élèves ont été enlevés.", "Cameroun", "élèves", "Civilians (Cameroon)", 7),
    ("Des civils congolais ont été tués.", "Ouganda", "civils congolais",
     "Civilians (Democratic Republic of Congo)", 7),
    ("Les manifestants ont bloqué la route.", "Mali", "manifestants", "Protesters (Mali)", 6),
    ("Des manifestants algériens ont défilé.", None, "manifestants algériens", "Protesters (Algeria)", 6),
    ("Des émeutiers ont incendié la mairie.", "RDC", "émeutiers", "Rioters (Democratic Republic of Congo)", 5),
    ("Une foule a lynché le suspect.", "Centrafrique", "foule", "Rioters (Central African Republic)", 5),
    ("Des hommes armés ont attaqué le village.", "Nigeria", "hommes armés", "Unidentified armed group (Nigeria)", 3),
    ("Les assaillants ont pris la fuite.", "Burkina Faso", "assaillants",
     "Unidentified armed group (Burkina Faso)", 3),
    ("Des bandits ont enlevé des élèves.", "Nigeria", "bandits", "Unidentified armed group (Nigeria)", 3),
    ("Des jihadistes ont attaqué Solhan.", "Burkina Faso", "jihadistes", "Jihadist militants (Burkina Faso)", 2),
    ("Des djihadistes présumés ont incendié l'école.", "Niger", "djihadistes présumés", "Jihadist militants (Niger)", 2),
    ("Des terroristes ont attaqué le poste.", "Mali", "terroristes", "Jihadist militants (Mali)", 2),
    ("Les rebelles ont pris la ville.", "Centrafrique", "rebelles", "Rebel group (Central African Republic)", 2),
    ("Les insurgés ont attaqué Kafranbel.", "Syrie", "insurgés", "Opposition rebels (Syria)", 2),
    ("Les avions ont frappé des positions rebelles.", "Syrie", "positions rebelles", "Opposition rebels (Syria)", 2),
    ("Des miliciens ont incendié des cases.", "Centrafrique", "miliciens", "Militia (Central African Republic)", 3),
    ("Des milices communautaires se sont affrontées.", "Nigeria", "milices communautaires",
     "Communal militia (Nigeria)", 4),
    ("Des gangs ont attaqué Mirebalais.", "Haïti", "gangs", "Unidentified gang (Haiti)", 3),
    ("Des dizaines de milliers d'Algériens ont défilé.", "Algérie", "Algériens", "Civilians (Algeria)", 7),
]


@pytest.mark.parametrize("text,country,surface,name,inter", GENERIC)
def test_generic_actors(parse, text, country, surface, name, inter):
    assert (surface, name, inter) in found(parse, text, country, "2022-01-01")


ENGLISH = [
    ("Nigerian troops repelled the attack.", "Nigeria", "Nigerian troops", "Military forces of Nigeria", 1),
    ("Gunmen abducted forty villagers.", "Nigeria", "Gunmen", "Unidentified armed group (Nigeria)", 3),
    ("Gunmen abducted forty villagers.", "Nigeria", "villagers", "Civilians (Nigeria)", 7),
    ("Security forces fired on demonstrators.", "Soudan", "demonstrators", "Protesters (Sudan)", 6),
    ("Security forces fired on demonstrators.", "Soudan", "Security forces", "Military forces of Sudan", 1),
    ("Rioters burned the police station.", "Liban", "Rioters", "Rioters (Lebanon)", 5),
    ("The LNA shelled Tripoli.", "Libye", "LNA", "Libyan National Army", 2),
    ("Russian warplanes struck Idlib.", "Syrie", "Russian warplanes", "Military forces of Russia", 8),
]


@pytest.mark.parametrize("text,country,surface,name,inter", ENGLISH)
def test_english_actors(parse, text, country, surface, name, inter):
    assert (surface, name, inter) in found(parse, text, country, "2020-01-01", lang="en")


# --------------------------------------------------------------------------- what is not an actor
NOT_ACTORS = [
    ("Selon des sources militaires, le calme est revenu.", "Mali", "militaires"),
    ("Les forces étrangères ont quitté le pays.", "Mali", "forces étrangères"),
    ("Des drones ont survolé la ville.", "Libye", "drones"),
    ("Le président a consulté le cabinet.", "Mali", "président"),
    ("Il est parti.", None, "is"),
]


@pytest.mark.parametrize("text,country,surface", NOT_ACTORS)
def test_not_actors(parse, text, country, surface):
    assert all(surface not in t for t, _, _ in found(parse, text, country, "2022-01-01"))


# --------------------------------------------------------------------------- acronyms defined in the text
ACRONYMS = [
    ("Le Mouvement du 5 juin-Rassemblement des forces patriotiques (M5-RFP) appelle à manifester. "
     "Le M5-RFP exige la démission du président.", "Mali", "M5-RFP", 6, 2),
    ("Le Front patriotique de résistance du Kivu (FPRK) a attaqué Kitchanga. Le FPRK dément.", "RDC", "FPRK", 2, 2),
    ("Les Forces de défense et de sécurité (FDS) ont riposté. Les FDS ont perdu deux hommes.", "Niger",
     "Military forces of Niger", 1, 2),
    ("La Coalition des patriotes pour le changement (CPC) a attaqué Bouar.", "Centrafrique",
     "CPC: Coalition of Patriots for Change", 2, 2),
    ("La Milice de défense du Moyen-Ogooué (MDMO) a attaqué un village. La MDMO nie.", "Gabon", "MDMO", 3, 2),
]


@pytest.mark.parametrize("text,country,name,inter,count", ACRONYMS)
def test_acronyms_defined_in_text(parse, text, country, name, inter, count):
    got = [(n, i) for _, n, i in found(parse, text, country, "2021-01-15")]
    assert got.count((name, inter)) >= count


def test_acronym_of_a_non_actor_is_ignored(parse):
    text = "L'Observatoire syrien des droits de l'homme (OSDH) a fait état de morts. L'OSDH cite des sources."
    assert found(parse, text, "Syrie", "2020-01-01") == []


def test_mention_offsets_and_head(parse):
    adoc = parse("Des soldats burkinabè ont été tués.", "2022-01-01")
    mention = find_actors(adoc, country_named("Burkina Faso"))[0]
    assert (mention.start, mention.end, adoc.text[mention.start:mention.end]) == (4, 21, "soldats burkinabè")
    assert adoc.doc[mention.head].text == "soldats"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "(((", "()", "\n\n"])
def test_bad_input_gives_nothing(parse, text):
    assert find_actors(parse(text), None) == []


# --------------------------------------------------------------------------- the dictionary itself
MATCHES = [
    ("RSF", date(2022, 6, 30), "SDN", "Rapid Support Forces", 1),
    ("RSF", date(2023, 4, 14), "SDN", "Rapid Support Forces", 1),
    ("RSF", date(2023, 4, 15), "SDN", "Rapid Support Forces", 2),
    ("Forces de soutien rapide", date(2024, 1, 1), "SDN", "Rapid Support Forces", 2),
    ("GNA", date(2019, 5, 1), "LBY", "Government of National Accord", 1),
    ("gouvernement de Tripoli", date(2019, 5, 1), "LBY", "Government of National Accord", 1),
    ("gouvernement de Tripoli", date(2022, 5, 1), "LBY", "Government of National Unity", 1),
    ("les forces de Haftar", date(2019, 5, 1), "LBY", "Libyan National Army", 2),
    ("Bazoum", date(2022, 1, 1), "NER", "Government of Niger", 1),
    ("Tiani", date(2024, 1, 1), "NER", "Government of Niger", 1),
    ("CNSP", date(2024, 1, 1), "NER", "Government of Niger", 1),
    ("CNSP", date(2020, 9, 1), "MLI", "Government of Mali", 1),
    ("Damiba", date(2022, 5, 1), "BFA", "Government of Burkina Faso", 1),
    ("Talibans", date(2020, 1, 1), "AFG", "Taliban", 2),
    ("Talibans", date(2022, 1, 1), "AFG", "Military forces of Afghanistan", 1),
    ("Jolani", date(2023, 1, 1), "SYR", "HTS: Hayat Tahrir al-Sham", 2),
    ("Jolani", date(2025, 1, 1), "SYR", "Military forces of Syria", 1),
    ("ADF", date(2021, 1, 1), "COD", "ADF: Allied Democratic Forces", 2),
    ("ADF", date(2021, 1, 1), "CMR", "Ambazonian separatists", 2),
    ("FDS", date(2021, 1, 1), "SYR", "SDF: Syrian Democratic Forces", 2),
    ("EI", date(2021, 1, 1), "IRQ", "Islamic State (Iraq)", 2),
    ("EI", date(2021, 1, 1), "COD", "ADF: Allied Democratic Forces", 2),
    ("EI", date(2021, 1, 1), "NGA", "ISWAP: Islamic State West Africa Province", 2),
    ("AMISOM", date(2020, 1, 1), "SOM", "AMISOM: African Union Mission in Somalia", 8),
    ("Barkhane", date(2020, 1, 1), "MLI", "Military forces of France", 8),
    ("Barkhane", date(2020, 1, 1), None, "Military forces of France", 1),
    ("Tsahal", date(2024, 1, 1), "LBN", "Military forces of Israel", 8),
    ("Tsahal", date(2024, 1, 1), "ISR", "Military forces of Israel", 1),
    ("Wagner", date(2022, 1, 1), "CAF", "Wagner Group", 8),
    ("Ti Bwa", date(2021, 1, 1), "HTI", "Ti Bwa gang", 3),
]


@pytest.mark.parametrize("phrase,on,iso3,name,inter", MATCHES)
def test_dictionary_match(phrase, on, iso3, name, inter):
    actor = actor_dictionary().match(phrase, on=on, country_iso3=iso3)
    assert (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize("phrase,iso3", [("is", None), ("fan", "NER"), ("casques bleus", None), ("", None),
                                         ("la pluie", "MLI"), ("haftar", "LBY")])
def test_dictionary_no_match(phrase, iso3):
    assert actor_dictionary().match(phrase, on=date(2021, 1, 1), country_iso3=iso3) is None


def test_dictionary_size():
    assert len(actor_dictionary().entries) >= 120


def test_user_dictionary_is_merged(tmp_path, monkeypatch):
    extra = tmp_path / "mine.yml"
    extra.write_text("actors:\n- {name: Brigade du Lac, aliases: [BDL, Brigade du Lac], country: TCD, inter: 3}\n"
                     "- {name: Wagner Group, aliases: [Wagner], country: RUS, inter: 2}\n", encoding="utf-8")
    monkeypatch.setenv(actors_module.ENV_VAR, str(extra))
    actor_dictionary.cache_clear()
    try:
        assert actor_dictionary().match("la BDL", country_iso3="TCD").name == "Brigade du Lac"
        assert actor_dictionary().match("Wagner", country_iso3="RUS").inter == 2
        assert actor_dictionary().match("ANL", country_iso3="LBY").name == "Libyan National Army"
    finally:
        monkeypatch.delenv(actors_module.ENV_VAR)
        actor_dictionary.cache_clear()


# --------------------------------------------------------------------------- generic_actor
GENERIC_BUILT = [
    ("military", "MLI", None, "Military forces of Mali", 1),
    ("military", "FRA", "MLI", "Military forces of France", 8),
    ("military", "FRA", "FRA", "Military forces of France", 1),
    ("police", "MLI", None, "Police forces of Mali", 1),
    ("government", "COD", None, "Government of the Democratic Republic of Congo", 1),
    ("civilians", "COD", None, "Civilians (Democratic Republic of Congo)", 7),
    ("protesters", "MLI", None, "Protesters (Mali)", 6),
    ("rioters", "MLI", None, "Rioters (Mali)", 5),
    ("unidentified", "MLI", None, "Unidentified armed group (Mali)", 3),
    ("jihadists", "MLI", None, "Jihadist militants (Mali)", 2),
    ("rebels", "SYR", None, "Opposition rebels (Syria)", 2),
    ("military", "USA", "SYR", "Military forces of the United States", 8),
]


@pytest.mark.parametrize("kind,iso3,focus,name,inter", GENERIC_BUILT)
def test_generic_actor(kind, iso3, focus, name, inter):
    actor = generic_actor(kind, by_iso3(iso3), by_iso3(focus) if focus else None)
    assert (actor.name, actor.inter, actor.country_iso3, actor.kind) == (name, inter, iso3, "generic")


def test_generic_actor_without_country():
    assert generic_actor("civilians", None).name == "Civilians"
    assert generic_actor("military", None).name == "Military forces"


# --------------------------------------------------------------------------- leaders' titles, allegiance, state forces
WHOSE_FORCE = [
    # an adjective and a title between "du" and the name
    ("Les troupes du très contesté maréchal Khalifa Haftar ont reculé.", "Libye", "2019-06-27", "fr",
     [("troupes du très contesté maréchal Khalifa Haftar", "Libyan National Army", 2)]),
    # the title alone, once the article has named the man with it
    ("Le maréchal Khalifa Haftar a lancé une offensive. Les hommes du maréchal ont pris Gharyan.", "Libye",
     "2019-04-05", "fr", [("Khalifa Haftar", "Libyan National Army", 2),
                          ("hommes du maréchal", "Libyan National Army", 2)]),
    # a title never introduced for anyone stays nobody
    ("Les hommes du général ont pris Gharyan.", "Libye", "2019-04-05", "fr", []),
    # allegiance links
    ("Des forces fidèles au GNA ont repris Sabratha.", "Libye", "2020-04-13", "fr",
     [("forces fidèles au GNA", "Government of National Accord", 1)]),
    ("Fighters loyal to Libya's UN-backed GNA retook Sabratha.", "Libya", "2020-04-13", "en",
     [("Fighters loyal to Libya's UN-backed GNA", "Government of National Accord", 1)]),
    # the army of a country whose state force the article names (Libya 2020: the GNA) is that force
    ("Le GNA a annoncé que l'armée avait repoussé l'assaut près de Gharyan.", "Libye", "2020-01-15", "fr",
     [("GNA", "Government of National Accord", 1), ("armée", "Government of National Accord", 1)]),
    # a state body that is not the country's army does not absorb "l'armée"
    ("Le gouverneur de l'Etat de Borno a salué l'armée.", "Nigeria", "2020-01-15", "fr",
     [("gouverneur de l'Etat de Borno", "Borno State Government", 1), ("armée", "Military forces of Nigeria", 1)]),
    # plain clothes are no civilians; the opponents they arrest are
    ("Des policiers en civil ont interpellé trois opposants.", "Mali", "2020-07-11", "fr",
     [("policiers", "Police forces of Mali", 1), ("opposants", "Civilians (Mali)", 7)]),
    # institutions: no actor from their acronym nor from the nouns in their names
    ("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a ouvert un bureau à Agadez.", "Niger",
     "2021-02-01", "fr", []),
    # a title the dictionary gives one leader ("maréchal": Haftar) is his force in an article naming his army,
    # even when another leader (Serraj) is named
    ("L'ANL a perdu Gharyan, selon Serraj. Les soldats du maréchal ont fui.", "Libye", "2019-04-08",
     "fr", [("ANL", "Libyan National Army", 2), ("Serraj", "Government of National Accord", 1),
            ("soldats du maréchal", "Libyan National Army", 2)]),
    # a bare army noun is the last actor introduced with the same noun, not the flagged state force
    ("Les troupes de l'ANL campent près du GNA. Les troupes ont pris l'aéroport.", "Libye", "2019-04-08", "fr",
     [("troupes de l'ANL", "Libyan National Army", 2), ("GNA", "Government of National Accord", 1),
      ("troupes", "Libyan National Army", 2)]),
]


@pytest.mark.parametrize("text,country,published,lang,expected", WHOSE_FORCE)
def test_whose_force(parse, text, country, published, lang, expected):
    if lang == "en":
        load_model("en")
        adoc = next(analyze([Article(id="t", text=text, published=published, lang="en")], lang="en"))
        got = [(m.text, m.actor.name, m.actor.inter) for m in find_actors(adoc, country_named(country))]
    else:
        got = found(parse, text, country, published)
    assert got == expected


@pytest.mark.parametrize("text, votes", [
    ("Des rebelles des Forces démocratiques alliées (ADF) ont attaqué le village.", {"CD": 1}),
    ("Les shebab ont attaqué une base de l'armée.", {"SO": 1}),
    ("Wagner et les FAMa ont mené une opération près du fleuve.", {"ML": 1}),   # Wagner points nowhere
    ("Des hommes armés ont enlevé des élèves.", {}),
    ("les adf ont fui", {}),   # an acronym written in lower case is not the group
    ("L'aviation russe a bombardé la ville.", {}),   # a state force fighting abroad points nowhere
])
def test_actor_countries_vote_for_where_named_actors_operate(parse, text, votes):
    from guetteur.understand.actors import actor_countries
    assert dict(actor_countries(parse(text, "2024-03-12"))) == votes


def test_an_army_said_to_be_someones_is_not_the_flagged_state_force(parse):
    # the GNA is Libya's flagged state force, but "les troupes du maréchal" are not the GNA's
    text = ("Les forces du GNA ont repris la ville, que les troupes du maréchal avaient conquise samedi, "
            "selon un porte-parole du gouvernement.")
    names = {m.text: m.actor.name for m in find_actors(parse(text, "2019-04-08"), country_named("Libye"))}
    assert names.get("troupes") != "Government of National Accord"


@pytest.mark.parametrize("state,where,inter", [("ISR", "PSE", 1), ("ISR", "LBN", 8), ("ISR", "ISR", 1),
                                               ("RUS", "SYR", 8)])
def test_an_occupying_power_is_a_state_force_in_the_territory_it_occupies(state, where, inter):
    from guetteur.geo.countries import by_iso3
    assert generic_actor("military", by_iso3(state), focus=by_iso3(where)).inter == inter


def test_expeditionary_states_are_those_the_dictionary_has_fighting_abroad():
    from guetteur.understand.actors import expeditionary_states
    states = expeditionary_states()
    assert {"RUS", "TUR", "FRA", "USA", "ISR"} <= states and not {"MLI", "LBY", "HTI"} & states
