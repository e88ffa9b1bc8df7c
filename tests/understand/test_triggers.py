"""Tests of guetteur.understand.triggers: every sentence here is an invented dispatch."""
from __future__ import annotations

import time

import pytest
import spacy

from guetteur.model import AnalyzedDoc, Article
from guetteur.resources import load_yaml
from guetteur.understand.analysis import analyze, paragraphs
from guetteur.taxonomy import event_type_of
from guetteur.understand.triggers import EVENT_MODALITIES, find_triggers, lexicon, modality_of

PUBLISHED = "2019-05-20"

EVENT_CASES = [
    ("Les troupes rebelles ont avancé mardi jusqu'aux portes de Goma.", "Armed clash"),
    ("Les jihadistes auraient progressé vers Mopti hier, selon des élus.", "Armed clash"),
    ("Des affrontements ont opposé mardi l'armée malienne à des jihadistes près de Ménaka.", 'Armed clash'),
    ('De violents combats se sont déroulés dimanche au sud de Tripoli.', 'Armed clash'),
    ("Les deux camps se sont affrontés à l'arme lourde dans le quartier d'Aïn Zara.", 'Armed clash'),
    ('Un accrochage entre soldats et rebelles a fait trois morts près de Bambari.', 'Armed clash'),
    ('Des heurts ont éclaté lundi entre miliciens rivaux à Bunia.', 'Armed clash'),
    ("Des rebelles ont attaqué un poste de l'armée à Beni dans la nuit de vendredi.", 'Armed clash'),
    ("L'attaque contre le camp militaire de Boulkessi a duré plusieurs heures.", 'Armed clash'),
    ('Des hommes armés ont attaqué le village de Solhan, tuant plus de cent habitants.', 'Attack'),
    ('Les assaillants ont attaqué le marché de Kalaw samedi matin.', 'Attack'),
    ('Une embuscade tendue par des jihadistes a coûté la vie à sept soldats nigériens.', 'Armed clash'),
    ('Les forces spéciales ont lancé un assaut contre la base des rebelles à Idlib.', 'Armed clash'),
    ('Les troupes tchadiennes ont tendu une embuscade à un convoi de Boko Haram.', 'Armed clash'),
    ('Une frappe aérienne a visé un dépôt de munitions à Jufra.', 'Air/drone strike'),
    ("Des avions de l'armée ont bombardé des positions rebelles à Ndélé.", 'Air/drone strike'),
    ('Un drone a frappé un véhicule du groupe État islamique près de Raqqa.', 'Air/drone strike'),
    ('Les frappes de drones ont détruit un hangar à Misrata.', 'Air/drone strike'),
    ("L'aviation syrienne a mené des raids sur Khan Cheikhoun.", 'Air/drone strike'),
    ('Des obus sont tombés sur le quartier de Salaheddine à Alep.', 'Shelling/artillery/missile attack'),
    ("Des tirs d'artillerie ont touché la périphérie de Donetsk.", 'Shelling/artillery/missile attack'),
    ("Les rebelles ont tiré des roquettes sur l'aéroport de Mitiga.", 'Shelling/artillery/missile attack'),
    ("Le pilonnage de la ville par les forces loyalistes s'est poursuivi toute la nuit.", 'Shelling/artillery/missile attack'),
    ("Un kamikaze s'est fait exploser dans une mosquée de Maiduguri.", 'Suicide bomb'),
    ('Un attentat-suicide a frappé un marché de Konduga.', 'Suicide bomb'),
    ("Un engin explosif improvisé a explosé au passage d'une patrouille près de Gao.", 'Remote explosive/landmine/IED'),
    ('Un véhicule militaire a sauté sur une mine entre Boni et Hombori.', 'Remote explosive/landmine/IED'),
    ('Une voiture piégée a explosé devant le siège du gouvernorat.', 'Remote explosive/landmine/IED'),
    ('Une grenade a été lancée contre un bar de Bujumbura.', 'Grenade'),
    ('Des gaz toxiques ont été utilisés contre des civils dans la Ghouta orientale.', 'Chemical weapon'),
    ('Des témoins décrivent une attaque au chlore à Douma.', 'Chemical weapon'),
    ("Un massacre a été commis dans le village d'Ogossagou.", 'Attack'),
    ('Des miliciens ont massacré une trentaine de villageois près de Djugu.', 'Attack'),
    ('Les combattants ont exécuté quatre otages civils devant la population.', 'Attack'),
    ('Des hommes armés ont enlevé une vingtaine de passagers sur la route de Zamfara.', 'Abduction/forced disappearance'),
    ('Le rapt de trois humanitaires a eu lieu mercredi à Kidal.', 'Abduction/forced disappearance'),
    ('Quinze écolières ont été kidnappées dans leur internat à Kankara.', 'Abduction/forced disappearance'),
    ('Des soldats ont violé plusieurs femmes dans le village de Minova.', 'Sexual violence'),
    ('Des cas de violences sexuelles ont été signalés après le passage des miliciens.', 'Sexual violence'),
    ('Des milliers de personnes ont manifesté samedi à Alger contre le pouvoir.', 'Peaceful protest'),
    ('Une manifestation contre la vie chère a rassemblé des centaines de personnes à Niamey.', 'Peaceful protest'),
    ('Un sit-in a été organisé devant le parlement à Tunis.', 'Peaceful protest'),
    ("Les enseignants ont observé une marche pacifique jusqu'au ministère à Bangui.", 'Peaceful protest'),
    ('La police a dispersé la manifestation à coups de gaz lacrymogène.', 'Protest with intervention'),
    ('Plusieurs manifestants ont été interpellés lors du rassemblement à Dakar.', 'Protest with intervention'),
    ("Les forces de l'ordre ont tiré sur les manifestants à Conakry.", 'Excessive force against protesters'),
    ('La police a ouvert le feu à balles réelles sur la foule de manifestants à Khartoum.', 'Excessive force against protesters'),
    ('Des émeutes ont éclaté dans les quartiers nord de Port-au-Prince.', 'Violent demonstration'),
    ('Des jeunes en colère ont saccagé la mairie de Butembo.', 'Violent demonstration'),
    ('Un présumé voleur a été lynché par la foule à Goma.', 'Mob violence'),
    ('Les boutiques du centre-ville ont été pillées pendant la nuit.', 'Looting/property destruction'),
    ('Des hommes armés ont incendié plusieurs maisons du village.', 'Looting/property destruction'),
    ('Le chef de la milice a été arrêté jeudi à Bangui.', 'Arrests'),
    ("Une dizaine d'opposants ont été interpellés par la police à Lomé.", 'Arrests'),
    ('Le journaliste a été placé en garde à vue vendredi.', 'Arrests'),
    ("L'armée a procédé à l'arrestation de trois suspects à Mopti.", 'Arrests'),
    ('Les jihadistes ont pris le contrôle de la ville de Boni.', 'Non-state actor overtakes territory'),
    ('Les rebelles du M23 se sont emparés de Bunagana.', 'Non-state actor overtakes territory'),
    ('La localité est tombée aux mains des insurgés mardi soir.', 'Non-state actor overtakes territory'),
    ("L'armée a repris la ville de Konna aux jihadistes.", 'Government regains territory'),
    ('Les forces gouvernementales ont repris le contrôle de Syrte.', 'Government regains territory'),
    ('Les casques bleus se sont retirés de la base de Tessalit.', 'Non-violent transfer of territory'),
    ('Le retrait des troupes françaises a commencé lundi.', 'Change to group/activity'),
    ('Les deux parties ont signé un accord de cessez-le-feu à Genève.', 'Agreement'),
    ('Un échange de prisonniers a eu lieu dimanche entre les belligérants.', 'Agreement'),
    ('Les soldats ont abattu un drone près de Tarhouna.', 'Disrupted weapons use'),
    ('Les démineurs ont désamorcé un engin explosif sur la route de Gao.', 'Disrupted weapons use'),
    ("L'armée a installé une base militaire à Tessit.", 'Headquarters or base established'),
    ('Le gouverneur a décrété un couvre-feu à Maiduguri.', 'Other'),
    ("L'état d'urgence a été proclamé dans trois provinces.", 'Other'),
    ('Selon des sources locales, les jihadistes auraient attaqué le poste de Dioura.', 'Armed clash'),
    ("Selon le porte-parole, les forces du GNA ont repris l'aéroport.", 'Government regains territory'),
    ('Cinq civils auraient été tués par des hommes armés à Ndélé.', 'Attack'),
    ("L'ONU a condamné l'attaque contre les casques bleus à Aguelhok.", 'Armed clash'),
    ('Des miliciens ont tué six civils dans le village de Tchabi.', 'Attack'),
    ("Douze villageois ont trouvé la mort dans l'attaque de leur hameau.", 'Attack'),
    ("Les assaillants ont ouvert le feu sur les fidèles réunis dans l'église.", 'Attack'),
    ('Des combattants ont assassiné un chef coutumier devant sa famille.', 'Attack'),
    ("Des heurts ont opposé les manifestants aux forces de l'ordre à Kinshasa.", 'Violent demonstration'),
    ("L'offensive de l'armée contre les rebelles se poursuit dans le Nord-Kivu.", 'Armed clash'),
    ('Une fusillade a éclaté entre deux groupes armés à Kidal.', 'Armed clash'),
    ('Des hélicoptères ont bombardé un convoi de pick-up près de Gao.', 'Air/drone strike'),
    # a weapon falling on a place was fired at it
    ('Des obus de mortier se sont abattus mardi sur un quartier de Kadugli.', 'Shelling/artillery/missile attack'),
    ('Plusieurs roquettes se sont abattues sur le port de Hodeïda.', 'Shelling/artillery/missile attack'),
    ("Les miliciens ont accusé l'armée d'avoir tiré des obus chargés de chlore.", 'Chemical weapon'),
    # protesters storming a building riot; an attempted capture is a clash
    ('Des manifestants en colère ont pris d\'assaut la préfecture de Kindu.', 'Violent demonstration'),
    ('Des centaines de protestataires se sont emparés du siège de la radio à Bouaké.', 'Violent demonstration'),
    ('Les insurgés ont tenté de prendre le contrôle du pont de Mora.', 'Armed clash'),
    ('Le suspect a été battu à mort par la foule au marché de Bangassou.', 'Mob violence'),
    ('Des milliers de personnes ont défilé samedi à Oran.', 'Peaceful protest'),
    ('Les gendarmes ont procédé à des tirs de sommation pour disperser les manifestants à Kankan.',
     'Protest with intervention'),
    ("Des chasseurs dozos ont attaqué un hameau peul près de Djenné.", 'Attack'),
    ('Une grenade a explosé vendredi dans un marché de Beni.', 'Grenade'),
]

NON_EVENT_CASES = [
    ("Le dossier a avancé lentement au Parlement la semaine dernière.", None),
    ("L'ONU appelle les belligérants à cesser immédiatement les combats.", 'call'),
    ('Le secrétaire général a exhorté les parties à conclure un cessez-le-feu.', 'call'),
    ('Les évêques plaident pour la fin des affrontements dans le Kasaï.', 'call'),
    ("L'Union africaine a lancé un appel à une trêve humanitaire.", 'call'),
    ("Les ONG demandent l'arrêt des bombardements sur Idlib.", 'call'),
    ("Les jihadistes menacent d'attaquer la ville de Tombouctou.", 'threat'),
    ('Le chef rebelle a promis de reprendre Goma dans les prochains jours.', 'threat'),
    ('Le groupe armé a menacé de lancer une offensive sur Bangui.', 'threat'),
    ("Le ministre a prévenu que l'armée attaquera les bastions rebelles.", 'threat'),
    ("L'armée prévoit de lancer une offensive contre les positions rebelles.", 'plan'),
    ('Le gouvernement envisage de déployer des troupes pour reprendre Kidal.', 'plan'),
    ('Les syndicats projettent une manifestation devant la présidence.', 'plan'),
    ("L'opposition veut organiser une marche le mois prochain.", 'plan'),
    ('Une grande manifestation est prévue samedi à Kinshasa.', 'plan'),
    ('Une marche est programmée vendredi dans la capitale.', 'plan'),
    ("L'armée lancera une offensive dans le Nord la semaine prochaine.", 'future'),
    ('Les rebelles vont attaquer la ville, affirme un notable.', 'future'),
    ('Des manifestations auront lieu demain dans plusieurs villes.', 'future'),
    ("Les forces gouvernementales reprendront la ville d'ici la fin de l'année.", 'future'),
    ('Le conflit pourrait dégénérer en affrontements généralisés.', 'hypothetical'),
    ('Si les combats se poursuivent, des milliers de civils devront fuir.', 'hypothetical'),
    ('Les experts redoutent de nouveaux affrontements dans la région.', 'hypothetical'),
    ('Les habitants craignent une attaque imminente des jihadistes.', 'hypothetical'),
    ("Le risque d'affrontements entre communautés reste élevé.", 'hypothetical'),
    ('Une offensive des rebelles pourrait survenir à tout moment.', 'hypothetical'),
    ("Le village n'a pas été attaqué contrairement aux rumeurs.", 'negated'),
    ("Aucun affrontement n'a été signalé dans la zone depuis dimanche.", 'negated'),
    ("L'armée a démenti avoir bombardé le marché de Kumba.", 'negated'),
    ("Le gouvernement nie toute arrestation d'opposants.", 'negated'),
    ("La ville est calme et aucune manifestation n'a eu lieu.", 'negated'),
    ("Les jihadistes n'ont jamais pris le contrôle de la localité.", 'negated'),
    ('Les rebelles vont-ils attaquer Goma ?', 'future'),
    ('Faut-il craindre une offensive sur Tripoli ?', 'hypothetical'),
    ('La ville avait été occupée en 2012 par les groupes jihadistes.', 'background'),
    ('Le nord du pays avait été conquis par les rebelles en 2012.', 'background'),
    ("Depuis l'offensive de 2019, plus de mille personnes ont été tuées.", 'background'),
    ('Les combats de 2014 avaient fait des centaines de morts dans la région.', 'background'),
    ('Les manifestants avaient été dispersés en 2011 par la police.', 'background'),
    ("Les autorités se préparent à d'éventuelles manifestations.", 'plan'),
    ('Le président a appelé à manifester pacifiquement le 14 avril.', 'call'),
    ("Les partis d'opposition appellent à une marche nationale.", 'call'),
    ('Le Conseil de sécurité a demandé la libération des otages et un cessez-le-feu.', 'call'),
    ("Les rebelles menacent de s'emparer de la capitale provinciale.", 'threat'),
    ('Le mouvement a promis des manifestations massives si le scrutin est truqué.', 'threat'),
    ('Les forces de sécurité pourraient arrêter les meneurs de la contestation.', 'hypothetical'),
    ("Le gouverneur envisage d'instaurer un couvre-feu dans la ville.", 'plan'),
    ("Le ministre a annoncé qu'un accord sera signé la semaine prochaine.", 'plan'),
    ("L'envoi de renforts est prévu pour reprendre la ville.", 'plan'),
    ('La population craint que les rebelles ne reprennent les villages abandonnés.', 'hypothetical'),
    ('Personne ne sait si les jihadistes attaqueront à nouveau.', 'hypothetical'),
    ('Le gouvernement veut éviter un massacre des civils.', 'hypothetical'),
    ('Les humanitaires redoutent des pillages dans les camps de déplacés.', 'hypothetical'),
    ('La Minusma envisage de se retirer de la base de Kidal.', 'plan'),
    ('Les chefs religieux exhortent les jeunes à renoncer aux émeutes.', 'call'),
    ("Les rebelles n'ont pas attaqué le convoi, selon le porte-parole.", 'negated'),
    ("L'armée n'a procédé à aucune arrestation après les incidents.", 'negated'),
    ("Les négociateurs espèrent signer un accord de paix d'ici 2023.", 'future'),
    ("La prochaine manifestation aura lieu le 3 mars devant l'ambassade.", 'future'),
    ('Le chef de guerre a juré de massacrer ses adversaires.', 'threat'),
    ('Les autorités craignent des enlèvements le long de la frontière.', 'hypothetical'),
    ("Plus de 4500 personnes ont quitté leurs maisons, selon l'ONU.", None),
    ("Le bilan s'élève à 35 morts depuis jeudi.", None),
    ("Une réunion des ministres de la Défense s'est tenue mardi à Niamey.", None),
    ('Le marché de Bamako a rouvert ses portes lundi.', None),
    ('Le prix des denrées a fortement augmenté sur le marché.', None),
    ('La Marche verte reste une date importante pour le royaume.', None),
    ("Les mines d'or artisanales attirent des milliers d'orpailleurs.", None),
    # purpose: what someone set out to do is not what happened
    ('Le général, déterminé à prendre le contrôle de Benghazi, a rejeté la médiation.', 'plan'),
    ('Les rebelles ont rassemblé des renforts pour s\'emparer de Bossangoa.', 'plan'),
    ("Afin de reprendre la ville, l'état-major a dépêché deux bataillons.", 'plan'),
    ('Cette opération vise à reprendre les localités tenues par les insurgés.', 'plan'),
    ('Les jihadistes cherchent à s\'emparer des mines de la région.', 'plan'),
    # aggregates, statistics and habits are not one event
    ("La colère gronde après une série d'attaques contre les postes de l'armée.", 'background'),
    ("Au moins 85 enlèvements ont été recensés dans le pays au mois d'avril.", 'background'),
    ('Ce tronçon est régulièrement visé par des engins explosifs.', 'background'),
    # the topic of a protest is not an event of its own (the protest is)
    # things that are not arrests, not strikes, not captures
    ('Le bilan, arrêté mardi soir par la Croix-Rouge, fait état de douze morts.', None),
    ('Les appareils auraient décollé de la base de Jufra.', None),
    ("L'armée a abrité une base de lancement de drones près de Syrte.", None),
    ("Les bâtiments occupés par la milice se trouvent au nord de la ville.", None),
    ("L'Organisation pour l'interdiction des armes chimiques a ouvert une enquête.", None),
    ("L'engin, composé d'un obus relié à une batterie, a été retrouvé sur la piste.", None),
    ("Le cortège est passé devant le marché central de Mopti.", None),
]

EN_EVENT_CASES = [
    ("Heavy clashes broke out on Sunday between the army and rebels near Beni.", "Armed clash"),
    ("Gunmen attacked the village of Kwatas, killing nine villagers.", "Attack"),
    ("A drone strike hit a convoy near Sirte on Tuesday.", "Air/drone strike"),
    ("Government forces shelled the outskirts of Idlib overnight.", "Shelling/artillery/missile attack"),
    ("A suicide bomber blew himself up at a market in Maiduguri.", "Suicide bomb"),
    ("A roadside bomb killed two soldiers near Gao, according to the army.", "Remote explosive/landmine/IED"),
    ("Thousands of people protested in Khartoum on Thursday.", "Peaceful protest"),
    ("Police fired tear gas and dispersed the protesters in Nairobi.", "Protest with intervention"),
    ("Rebels seized the town of Bunagana after heavy fighting.", "Non-state actor overtakes territory"),
    ("The army recaptured Konna from the jihadists.", "Government regains territory"),
    ("Gunmen kidnapped 20 passengers on the highway to Abuja.", "Abduction/forced disappearance"),
    ("Opposition leaders were arrested in Conakry on Friday.", "Arrests"),
    ("Rioters looted shops in the centre of the capital.", "Violent demonstration"),
    ("Air force jets struck a rebel camp near Dikwa on Friday.", "Air/drone strike"),
    ("Syrian warplanes carried out several raids on the town.", "Air/drone strike"),
    ("Police fired live ammunition at a crowd of demonstrators in Kano.", "Excessive force against protesters"),
    ("Angry youths torched the police station in Jos.", "Violent demonstration"),
    ("Troops repelled an assault on their base near Gwoza.", "Armed clash"),
    ("Fighting resumed on Sunday in the south of the capital.", "Armed clash"),
]

EN_NON_EVENT_CASES = [
    ("The UN called for an end to the fighting in Tripoli.", "call"),
    ("The rebels threatened to attack Goma.", "threat"),
    ("The army will launch an offensive next week.", "future"),
    ("Protests are planned for Saturday in Bamako.", "plan"),
    ("No clashes were reported in the area.", "negated"),
    ("The militia denied that it attacked the village.", "negated"),
    ("If the fighting continues, thousands more will flee.", "hypothetical"),
    ("Will the rebels attack the capital?", "future"),
    ("The town had been occupied by jihadists in 2012.", "background"),
    ("Officials fear new clashes could erupt near the border.", "hypothetical"),
    ("Protesters vowed to return to the streets on Monday.", "threat"),
    ("The operation aims to recapture the border town.", "plan"),
    ("Fighting stopped on Sunday in the capital.", "background"),
    ("The clashes had subsided by Monday evening.", "background"),
    ("Elders negotiated an end to the fighting in Zawiya.", "background"),
]


@pytest.fixture(scope="module")
def parsed() -> dict[str, AnalyzedDoc]:
    """Every French case parsed once (one spaCy load for the module)."""
    texts = [s for s, _ in EVENT_CASES + NON_EVENT_CASES + ONE_EVENT_CASES] + [ARTICLE, RIOT_ARTICLE, DISPERSED] + [
        s for s, _, _ in MODALITY_CASES]
    articles = [Article(id=str(i), text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    return {a.text: a for a in analyze(articles)}


@pytest.fixture(scope="module")
def english() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _english_doc(nlp, text: str, published: str | None = PUBLISHED) -> AnalyzedDoc:
    article = Article(id="en", text=text, published=published, lang="en")
    return AnalyzedDoc(article=article, lang="en", doc=nlp(text), paragraphs=paragraphs(text))


def _event_classes(adoc: AnalyzedDoc) -> list[str]:
    return [t.sub_event_type for t in find_triggers(adoc) if t.modality in EVENT_MODALITIES]


@pytest.mark.parametrize("sentence,sub_event_type", EVENT_CASES)
def test_event_sentences_give_an_event_trigger(parsed, sentence, sub_event_type):
    assert sub_event_type in _event_classes(parsed[sentence])


@pytest.mark.parametrize("sentence,modality", NON_EVENT_CASES)
def test_non_event_sentences_give_no_event(parsed, sentence, modality):
    triggers = find_triggers(parsed[sentence])
    assert [t for t in triggers if t.modality in EVENT_MODALITIES] == []
    assert (triggers[0].modality if triggers else None) == modality


@pytest.mark.parametrize("sentence,sub_event_type", EN_EVENT_CASES)
def test_english_event_sentences(english, sentence, sub_event_type):
    assert sub_event_type in _event_classes(_english_doc(english, sentence))


@pytest.mark.parametrize("sentence,modality", EN_NON_EVENT_CASES)
def test_english_non_event_sentences(english, sentence, modality):
    triggers = find_triggers(_english_doc(english, sentence))
    assert [t for t in triggers if t.modality in EVENT_MODALITIES] == []
    assert triggers[0].modality == modality


def test_mention_fields_point_into_the_text(parsed):
    adoc = parsed["Des rebelles ont attaqué un poste de l'armée à Beni dans la nuit de vendredi."]
    [trigger] = find_triggers(adoc)
    assert (trigger.text, trigger.start, trigger.end, trigger.lemma) == ("attaqué", 17, 24, "attaquer")
    assert (trigger.event_type, trigger.token, trigger.modality) == ("Battles", 3, "asserted")
    assert adoc.doc[trigger.token].text == "attaqué"


def test_phrase_mention_spans_the_phrase(parsed):
    adoc = parsed["Le journaliste a été placé en garde à vue vendredi."]
    [trigger] = find_triggers(adoc)
    assert (trigger.text, trigger.lemma, adoc.doc[trigger.token].text) == (
        "placé en garde à vue", "placer en garde a vue", "placé")


def test_weapon_word_refines_generic_attack(parsed):
    adoc = parsed["Des témoins décrivent une attaque au chlore à Douma."]
    assert [(t.text, t.sub_event_type, t.event_type) for t in find_triggers(adoc)] == [
        ("attaque", "Chemical weapon", "Explosions/Remote violence")]


ONE_EVENT_CASES = [
    # the shelling killed: one event, its class from the weapon
    ("Des obus se sont abattus sur le marché de Kumba, tuant quatre civils.",
     [("obus", "Shelling/artillery/missile attack")]),
    ("Deux commerçants ont été tués lorsqu'un homme a lancé une grenade sur le marché.", [("grenade", "Grenade")]),
    # raiders entering the village is part of their attack on it
    ("Les assaillants ont investi le village et tué sept civils.", [("tué", "Attack")]),
]


@pytest.mark.parametrize("sentence,expected", ONE_EVENT_CASES)
def test_one_event_per_clause(parsed, sentence, expected):
    assert [(t.text, t.sub_event_type) for t in find_triggers(parsed[sentence])] == expected


def test_crowd_named_again_takes_the_class_of_its_riot(parsed):
    adoc = parsed[RIOT_ARTICLE]
    assert [(t.text, t.sub_event_type) for t in find_triggers(adoc) if t.modality in EVENT_MODALITIES] == [
        ("saccagé", "Violent demonstration"), ("manifestants", "Violent demonstration")]


def test_protesters_acted_on_for_a_purpose_still_protested(parsed):
    adoc = parsed[DISPERSED]
    assert [(t.text, t.sub_event_type, t.modality) for t in find_triggers(adoc)] == [
        ("tiré", "Protest with intervention", "asserted"), ("manifestants", "Protest with intervention", "asserted")]


DISPERSED = "Les policiers ont tiré des grenades lacrymogènes pour disperser les manifestants."
RIOT_ARTICLE = ("Des jeunes en colère ont saccagé lundi la mairie de Kindu. "
                "La police a annoncé la mort de deux manifestants.")


def test_death_verb_yields_to_the_event_that_caused_it(parsed):
    adoc = parsed["Douze villageois ont trouvé la mort dans l'attaque de leur hameau."]
    assert [(t.text, t.sub_event_type) for t in find_triggers(adoc)] == [("attaque", "Attack")]


MODALITY_CASES = [
    ("L'ONU appelle les belligérants à cesser immédiatement les combats.", "combats", "call"),
    ("Les jihadistes menacent d'attaquer la ville de Tombouctou.", "attaquer", "threat"),
    ("Une grande manifestation est prévue samedi à Kinshasa.", "manifestation", "plan"),
    ("L'armée lancera une offensive dans le Nord la semaine prochaine.", "offensive", "future"),
    ("Les experts redoutent de nouveaux affrontements dans la région.", "affrontements", "hypothetical"),
    ("Aucun affrontement n'a été signalé dans la zone depuis dimanche.", "affrontement", "negated"),
    ("Faut-il craindre une offensive sur Tripoli ?", "craindre", "question"),
    ("La ville avait été occupée en 2012 par les groupes jihadistes.", "occupée", "background"),
    ("Selon des sources locales, les jihadistes auraient attaqué le poste de Dioura.", "attaqué", "reported"),
    ("Des milliers de personnes ont manifesté samedi à Alger contre le pouvoir.", "manifesté", "asserted"),
    ("Les habitants manifestaient contre l'incapacité de l'État à endiguer les enlèvements.", "enlèvements",
     "background"),
    ("Les rebelles ont rassemblé des renforts pour s'emparer de Bossangoa.", "emparer", "plan"),
    ("Il a été condamné pour avoir attaqué un convoi humanitaire.", "attaqué", "reported"),
    # fighting that stops is no new event; fighting that goes on, or that stops something else, is one
    ("Les combats ont cessé dimanche matin après une médiation.", "combats", "background"),
    ("Les affrontements ont pris fin lundi soir à Goma.", "affrontements", "background"),
    ("Les combats se sont arrêtés mardi dans le quartier.", "combats", "background"),
    ("La fin des combats a permis aux habitants de rentrer chez eux.", "combats", "background"),
    ("Les combats se sont poursuivis dimanche au sud de la ville.", "combats", "asserted"),
    ("L'attaque a arrêté la circulation sur la route nationale.", "attaque", "asserted"),
]


@pytest.mark.parametrize("sentence,word,modality", MODALITY_CASES)
def test_modality_of_token(parsed, sentence, word, modality):
    adoc = parsed[sentence]
    index = next(t.i for t in adoc.doc if t.text == word)
    assert modality_of(adoc, index) == modality


def test_year_before_publication_is_background_only_with_a_publication_date(english):
    text = "Rebels seized the town in 2012."
    assert [t.modality for t in find_triggers(_english_doc(english, text))] == ["background"]
    assert [t.modality for t in find_triggers(_english_doc(english, text, published=None))] == ["asserted"]


@pytest.mark.parametrize("text", ["", "   ", "???", "«»", "\n\n", "12 345 — ; !"])
def test_bad_input_gives_nothing(text):
    [adoc] = list(analyze([Article(id="bad", text=text)]))
    assert find_triggers(adoc) == []
    assert modality_of(adoc, 999) == "asserted"
    assert modality_of(adoc, -1) == "asserted"


def test_every_class_in_the_lexicons_is_in_the_taxonomy():
    subs = set(event_type_of())
    assert len(subs) == 25
    for lang in ("fr", "en"):
        for raw in load_yaml(lang, "triggers.yml")["triggers"]:
            rules = [r for item in raw.get("rules") or [] for r in (item if isinstance(item, list) else [item])]
            named = {raw.get("sub")} | {r.get("sub") for r in rules}
            assert named - {None} <= subs, raw["forms"]
        assert lexicon(lang).words


ARTICLE = " ".join(s for s, _ in EVENT_CASES[:40] + NON_EVENT_CASES[:30])   # about 900 words


def test_speed_per_article(parsed):
    adoc = parsed[ARTICLE]
    find_triggers(adoc)   # lexicon and cues loaded once
    start = time.perf_counter()
    for _ in range(5):
        triggers = find_triggers(adoc)
    per_article = (time.perf_counter() - start) / 5
    assert len(triggers) >= 60
    assert per_article < 0.1
