"""Issue 5: sentence-level acceptance set, run through the whole pipeline (guetteur.pipeline.extract).

Every case is a short dispatch written for this project (invented events in real places).
- Non-events (calls, threats, plans, history, negation, tolls alone, non-violent news) must yield no event.
- Event dispatches tell ONE event each and must yield exactly one event, with the sub-type, the actors (a set:
  ACLED actors have no direction) and the interaction code a careful ACLED coder would give.
Cases that fail because of a known gap carry ``xfail`` naming the gap.
"""
from __future__ import annotations

import pytest

from guetteur.model import Article, ArticleResult
from guetteur.pipeline import extract

PUBLISHED = "2024-03-12"

# Cases that fail because of a real gap, and the gap (for the owners of those stages).
KNOWN_GAPS = {
    "attack-army-civilians":
        "places: a village known only abroad (Welingara, Gambia) outweighs the demonym of a force (soldats maliens)",
    "clash-nigeria-iswap":
        "coder: an attack and the exchange of fire it triggered are told as two events",
    "clash-ethiopia-fano":
        "triggers: 'combattre' (to fight) is no trigger",
    "clash-opposing":
        "actors: 'éleveurs peuls armés' is not the Fulani militia",
    "regain-drc":
        "roles: the loser named in a relative clause ('que les rebelles occupaient') is not a side",
    "regain-mozambique":
        "actors: generic jihadists are not the province's sole Islamic State branch",
    "overtake-somalia":
        "roles: 'abandonnée par l'armée' (loser as agent of a participle) drops the event",
    "overtake-passive":
        "roles: 'tomber aux mains de X' makes X the agent",
    "shell-lebanon":
        "triggers: 'artillerie' as subject of 'bombarder' is not read as shelling",
    "ied-bfa-bus":
        "triggers: 'tuant' after an IED strike becomes a second (Attack) event",
    "chemical-syria":
        "triggers: 'barils de chlore' dropped from helicopters is coded as an air strike",
    "attack-mozambique-beheading":
        "places: the focus country comes from a wrong gazetteer match or a foreign demonym",
    "attack-church-bfa":
        "places: the focus country comes from a wrong gazetteer match or a foreign demonym",
    "english-air":
        "places: the focus country comes from a wrong gazetteer match or a foreign demonym",
    "mob-haiti":
        "places: the focus country comes from a wrong gazetteer match or a foreign demonym",
    "peaceful-sit-in":
        "modality: 'depuis lundi' makes an ongoing sit-in background",
    "peaceful-march-goma":
        "triggers: the verb 'marcher' (to march) is no protest trigger",
    "arrest-jihadist-leader":
        "actors: 'chef jihadiste de l'EI au Sahel' keeps the generic jihadists",
    "agreement-sudan":
        "roles: 'les représentants de X et de Y' does not give two sides",
    "agreement-car":
        "roles: 'le groupe armé UPC' keeps the generic head, not the named group",
    "agreement-prisoner-swap":
        "actors: a country name ('Israël') standing for its government is no actor",
    "disrupt-drone-downed":
        "actors: 'défense antiaérienne soudanaise' is not the Sudanese military",
    "transfer-minusma":
        "triggers: 'remettre un camp' is no trigger; 'retrait' wins as Change to group",
    "acronym-defined":
        "actors: an acronym defined in the text is named in French, not with the ACLED name",
    "foreign-wagner":
        "roles/actors: coordinated allies ('Wagner et des soldats maliens') split as two sides",
    "hostage-sahel":
        "actors: foreign victims are Civilians (China) for ACLED; we use the focus country",
    "niger-bandits-cattle":
        "triggers: 'voler du bétail' (cattle theft) is no looting trigger",
    "toll-monthly":
        "coder: a month-wide count of abductions ('en mars') is coded as one event",
}


def _gap(case_id: str) -> tuple:
    return (pytest.mark.xfail(reason=KNOWN_GAPS[case_id], strict=True),) if case_id in KNOWN_GAPS else ()


def ev(case_id, text, sub, actors, interaction, published=PUBLISHED):
    return pytest.param(case_id, text, sub, frozenset(actors), interaction, published, id=case_id,
                        marks=_gap(case_id))


def non(case_id, text, published=PUBLISHED):
    return pytest.param(case_id, text, published, id=case_id, marks=_gap(case_id))


# --------------------------------------------------------------------------- events
EVENTS = [
    # ---------------- Battles: Armed clash
    ev("clash-mali-jnim", "Des combats ont opposé lundi les Forces armées maliennes (FAMa) à des jihadistes du JNIM "
       "près de Diafarabé, dans la région de Mopti.", "Armed clash",
       {"Military forces of Mali", "JNIM: Group for Support of Islam and Muslims"}, 12),
    ev("clash-bfa-passive", "Une patrouille de l'armée burkinabè a été prise en embuscade samedi par des hommes armés "
       "non identifiés entre Djibo et Namssiguia.", "Armed clash",
       {"Military forces of Burkina Faso", "Unidentified armed group (Burkina Faso)"}, 13),
    ev("clash-drc-m23", "De violents affrontements ont éclaté mardi entre les rebelles du M23 et les Forces armées de "
       "la RDC (FARDC) autour de Sake, dans le Nord-Kivu.", "Armed clash",
       {"M23: March 23 Movement", "Military forces of the Democratic Republic of Congo"}, 12),
    ev("clash-sudan-rsf", "L'armée soudanaise et les paramilitaires des Forces de soutien rapide (FSR) se sont "
       "affrontés dimanche dans le centre d'Omdurman.", "Armed clash",
       {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("clash-somalia", "Des soldats somaliens ont repoussé vendredi une attaque des shebab contre leur base de "
       "Bulo Burde, dans la région de Hiran.", "Armed clash", {"Military forces of Somalia", "Al Shabaab"}, 12),
    ev("clash-nigeria-iswap", "Des combattants de l'Etat islamique en Afrique de l'Ouest (Iswap) ont attaqué jeudi une "
       "base militaire à Malam Fatori, dans l'Etat de Borno, déclenchant de longs échanges de tirs avec l'armée "
       "nigériane.", "Armed clash",
       {"ISWAP: Islamic State West Africa Province", "Military forces of Nigeria"}, 12),
    ev("clash-cameroon", "Des séparatistes anglophones ont attaqué mercredi un poste de gendarmerie à Bamenda, dans "
       "la région du Nord-Ouest, selon une source sécuritaire.", "Armed clash",
       {"Ambazonian separatists", "Police forces of Cameroon"}, 12),
    ev("clash-car-cpc", "Les Forces armées centrafricaines (FACA) et des rebelles de la Coalition des patriotes pour "
       "le changement (CPC) se sont affrontés lundi près de Bossangoa.", "Armed clash",
       {"Military forces of the Central African Republic", "CPC: Coalition of Patriots for Change"}, 12),
    ev("clash-mozambique", "Des insurgés liés à l'Etat islamique ont affronté mardi les forces mozambicaines près de "
       "Mocimboa da Praia, dans la province du Cabo Delgado.", "Armed clash",
       {"Islamic State Mozambique Province", "Military forces of Mozambique"}, 12),
    ev("clash-ethiopia-fano", "Des miliciens Fano ont combattu l'armée fédérale éthiopienne jeudi aux abords de "
       "Gondar, dans la région Amhara.", "Armed clash", {"Fano Militia", "Military forces of Ethiopia"}, 13),
    ev("clash-haiti", "La Police nationale d'Haïti (PNH) a affronté jeudi des membres du gang Grand Ravine à "
       "Carrefour-Feuilles, à Port-au-Prince.", "Armed clash", {"Police forces of Haiti", "Grand Ravine gang"}, 13),
    ev("clash-yemen", "Des combats entre les rebelles houthis et les forces gouvernementales yéménites ont fait "
       "douze morts samedi près de Marib.", "Armed clash", {"Houthi Movement", "Military forces of Yemen"}, 12),
    ev("clash-opposing", "Des heurts opposant des éleveurs peuls armés à des chasseurs dozos ont éclaté dimanche "
       "près de Bandiagara.", "Armed clash", {"Fulani Ethnic Militia (Mali)", "Dan Na Ambassagou"}, 44),
    ev("clash-leader-name", "Les forces du maréchal Khalifa Haftar ont lancé mardi un assaut contre les positions du "
       "Gouvernement d'union nationale (GNA) au sud de Tripoli.", "Armed clash",
       {"Libyan National Army", "Government of National Accord"}, 12, published="2019-04-10"),
    ev("clash-syria-sdf", "Des affrontements ont opposé lundi les Forces démocratiques syriennes (FDS) à des "
       "combattants de l'Etat islamique près de Deir ez-Zor.", "Armed clash",
       {"SDF: Syrian Democratic Forces", "Islamic State (Syria)"}, 22, published="2023-06-12"),
    ev("clash-lebanon-hezbollah", "Des combattants du Hezbollah ont attaqué mardi une position de l'armée israélienne "
       "à la frontière libanaise, près de Metoula.", "Armed clash",
       {"Hezbollah", "Military forces of Israel"}, 13),
    # ---------------- Battles: territory
    ev("regain-mali", "L'armée malienne a repris mardi le contrôle de la ville de Kidal, tenue depuis des années par "
       "les rebelles touareg.", "Government regains territory",
       {"Military forces of Mali", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"},
       12, published="2023-11-15"),
    ev("regain-drc", "Les FARDC ont reconquis samedi la localité de Kitshanga, que les rebelles du M23 occupaient "
       "depuis janvier.", "Government regains territory",
       {"Military forces of the Democratic Republic of Congo", "M23: March 23 Movement"}, 12),
    ev("regain-mozambique", "Les troupes mozambicaines ont repris jeudi la ville de Macomia aux insurgés jihadistes.",
       "Government regains territory", {"Military forces of Mozambique", "Islamic State Mozambique Province"}, 12),
    ev("overtake-drc", "Les rebelles du M23 se sont emparés lundi de la cité minière de Rubaya, dans le territoire "
       "de Masisi, après le retrait des FARDC.", "Non-state actor overtakes territory",
       {"M23: March 23 Movement", "Military forces of the Democratic Republic of Congo"}, 12),
    ev("overtake-sudan", "Les Forces de soutien rapide (FSR) ont pris le contrôle vendredi de Wad Madani, chef-lieu "
       "de l'Etat d'Al-Jazira, après le retrait de l'armée soudanaise.", "Non-state actor overtakes territory",
       {"Rapid Support Forces", "Military forces of Sudan"}, 12),
    ev("overtake-somalia", "Les shebab ont pris jeudi le contrôle de la ville de Mahas, abandonnée par l'armée "
       "somalienne.", "Non-state actor overtakes territory", {"Al Shabaab", "Military forces of Somalia"}, 12),
    ev("overtake-passive", "La localité de Boulkessi est tombée aux mains des jihadistes du JNIM dimanche, après de "
       "violents combats avec l'armée malienne.", "Non-state actor overtakes territory",
       {"JNIM: Group for Support of Islam and Muslims", "Military forces of Mali"}, 12),
    # ---------------- Explosions: air/drone
    ev("air-mali-drone", "Une frappe de drone de l'armée malienne a tué au moins huit civils dimanche sur un marché "
       "d'Amasrakad, dans la région de Gao.", "Air/drone strike",
       {"Military forces of Mali", "Civilians (Mali)"}, 17),
    ev("air-sudan", "L'aviation soudanaise a bombardé mercredi des positions des Forces de soutien rapide à Nyala, "
       "au Darfour-Sud.", "Air/drone strike", {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("air-nigeria", "Un avion de l'armée de l'air nigériane a bombardé par erreur un rassemblement religieux dans le "
       "village de Tudun Biri, dans l'Etat de Kaduna, tuant des dizaines de civils.", "Air/drone strike",
       {"Military forces of Nigeria", "Civilians (Nigeria)"}, 17),
    ev("air-gaza", "Une frappe aérienne israélienne a visé mardi un immeuble résidentiel de Rafah, dans le sud de la "
       "bande de Gaza.", "Air/drone strike", {"Military forces of Israel", "Civilians (Palestine)"}, 17),
    ev("air-burkina", "Des frappes de drones de l'armée burkinabè ont visé jeudi des terroristes rassemblés près de "
       "Djibo.", "Air/drone strike",
       {"Military forces of Burkina Faso", "Jihadist militants (Burkina Faso)"}, 12),
    ev("air-somalia-us", "Une frappe aérienne américaine a visé vendredi des combattants des shebab près de Jilib, "
       "dans le sud de la Somalie.", "Air/drone strike", {"Military forces of the United States", "Al Shabaab"}, 28),
    ev("air-syria-russia", "Des avions russes ont bombardé lundi des positions de Hayat Tahrir al-Cham (HTS) dans la "
       "province d'Idleb.", "Air/drone strike",
       {"Military forces of Russia", "HTS: Hayat Tahrir al-Sham"}, 28, published="2023-10-10"),
    ev("air-yemen-coalition", "Un raid aérien de la coalition menée par l'Arabie saoudite a frappé dimanche un camp "
       "des Houthis près de Saada.", "Air/drone strike",
       {"Military forces of Saudi Arabia", "Houthi Movement"}, 28, published="2021-05-10"),
    # ---------------- Explosions: shelling
    ev("shell-sudan", "Des obus tirés par les Forces de soutien rapide se sont abattus samedi sur un quartier "
       "résidentiel d'El-Fasher, tuant cinq civils.", "Shelling/artillery/missile attack",
       {"Rapid Support Forces", "Civilians (Sudan)"}, 27),
    ev("shell-drc", "Les rebelles du M23 ont pilonné mardi des positions de l'armée congolaise près de Sake.",
       "Shelling/artillery/missile attack",
       {"M23: March 23 Movement", "Military forces of the Democratic Republic of Congo"}, 12),
    ev("shell-lebanon", "L'artillerie israélienne a bombardé jeudi les abords du village de Kfar Kila, dans le sud "
       "du Liban.", "Shelling/artillery/missile attack", {"Military forces of Israel", "Civilians (Lebanon)"}, 17),
    ev("shell-hezbollah-rockets", "Le Hezbollah a tiré mercredi des dizaines de roquettes sur des positions "
       "militaires israéliennes en Galilée.", "Shelling/artillery/missile attack",
       {"Hezbollah", "Military forces of Israel"}, 13),
    ev("shell-mortar-mogadishu", "Des obus de mortier tirés par les shebab sont tombés lundi près de l'aéroport de "
       "Mogadiscio, blessant deux civils.", "Shelling/artillery/missile attack",
       {"Al Shabaab", "Civilians (Somalia)"}, 27),
    # ---------------- Explosions: IED, suicide, grenade, chemical
    ev("ied-mali", "Un véhicule de l'armée malienne a sauté lundi sur une mine entre Boni et Hombori, faisant trois "
       "morts parmi les soldats.", "Remote explosive/landmine/IED",
       {"Unidentified armed group (Mali)", "Military forces of Mali"}, 13),
    ev("ied-bfa-bus", "Un engin explosif improvisé a frappé samedi un car de transport en commun près de Dori, tuant "
       "quatre passagers.", "Remote explosive/landmine/IED",
       {"Unidentified armed group (Burkina Faso)", "Civilians (Burkina Faso)"}, 37),
    ev("ied-somalia", "Une bombe artisanale posée par les shebab a explosé mardi au passage d'un convoi de l'armée "
       "somalienne près d'Afgoye.", "Remote explosive/landmine/IED",
       {"Al Shabaab", "Military forces of Somalia"}, 12),
    ev("ied-niger", "Sept soldats nigériens ont été tués jeudi par l'explosion d'un engin explosif près de Tillabéri.",
       "Remote explosive/landmine/IED", {"Unidentified armed group (Niger)", "Military forces of Niger"}, 13),
    ev("ied-car-ambush", "Un engin explosif a touché dimanche un véhicule de la Minusca près de Bocaranga, blessant "
       "deux casques bleus.", "Remote explosive/landmine/IED",
       {"Unidentified armed group (Central African Republic)",
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"},
       38),
    ev("suicide-somalia", "Un kamikaze des shebab s'est fait exploser vendredi dans un restaurant de plage de "
       "Mogadiscio, tuant au moins dix clients.", "Suicide bomb", {"Al Shabaab", "Civilians (Somalia)"}, 27),
    ev("suicide-nigeria", "Des kamikazes de Boko Haram se sont fait exploser dimanche lors d'un mariage à Gwoza, dans "
       "l'Etat de Borno, tuant dix-huit personnes.", "Suicide bomb",
       {"Boko Haram (JAS)", "Civilians (Nigeria)"}, 27),
    ev("suicide-car-iraq", "Un attentat suicide à la voiture piégée a visé mardi un poste de contrôle de l'armée "
       "irakienne près de Tikrit.", "Suicide bomb",
       {"Unidentified armed group (Iraq)", "Military forces of Iraq"}, 13),
    ev("grenade-burundi", "Des inconnus ont lancé une grenade samedi soir contre un bar du quartier de Kamenge, à "
       "Bujumbura, blessant six clients.", "Grenade",
       {"Unidentified armed group (Burundi)", "Civilians (Burundi)"}, 37),
    ev("grenade-cameroon", "Une attaque à la grenade attribuée aux séparatistes a visé lundi un marché de Buea, dans "
       "le Sud-Ouest anglophone.", "Grenade", {"Ambazonian separatists", "Civilians (Cameroon)"}, 27),
    ev("chemical-syria", "Des hélicoptères du régime ont largué mardi des barils de chlore sur un quartier de Douma, "
       "dans la Ghouta orientale, selon des secouristes.", "Chemical weapon",
       {"Military forces of Syria", "Civilians (Syria)"}, 17, published="2018-04-10"),
    ev("chemical-gas-attack", "Une attaque au gaz toxique menée par les forces du régime syrien a frappé mercredi la "
       "ville de Khan Cheikhoun.", "Chemical weapon",
       {"Military forces of Syria", "Civilians (Syria)"}, 17, published="2017-04-06"),
    # ---------------- Violence against civilians
    ev("attack-bfa-village", "Des hommes armés ont tué au moins vingt villageois dimanche à Partiaga, dans l'est du "
       "Burkina Faso.", "Attack",
       {"Unidentified armed group (Burkina Faso)", "Civilians (Burkina Faso)"}, 37),
    ev("attack-drc-adf", "Des rebelles des Forces démocratiques alliées (ADF) ont massacré mercredi une trentaine "
       "d'habitants du village de Mayikengo, dans le territoire de Lubero.", "Attack",
       {"ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)"}, 27),
    ev("attack-codeco", "Des miliciens de la Codeco ont attaqué lundi un site de déplacés près de Djugu, en Ituri, "
       "tuant douze personnes.", "Attack",
       {"CODECO: Cooperative for the Development of Congo", "Civilians (Democratic Republic of Congo)"}, 47),
    ev("attack-nigeria-bandits", "Des bandits armés ont tué quinze agriculteurs jeudi dans leurs champs près de "
       "Gusau, dans l'Etat de Zamfara.", "Attack",
       {"Unidentified armed group (Nigeria)", "Civilians (Nigeria)"}, 37),
    ev("attack-mali-execution", "Des jihadistes ont exécuté sommairement trois chefs de village mardi près de "
       "Ténenkou, dans le centre du Mali.", "Attack",
       {"Jihadist militants (Mali)", "Civilians (Mali)"}, 27),
    ev("attack-haiti-gang", "Des membres du gang Gran Grif ont ouvert le feu jeudi sur des habitants de Pont-Sondé, "
       "dans le département de l'Artibonite, tuant au moins vingt personnes.", "Attack",
       {"Gran Grif gang", "Civilians (Haiti)"}, 37),
    ev("attack-mozambique-beheading", "Des insurgés ont décapité quatre cultivateurs samedi dans un village du "
       "district de Muidumbe, au Cabo Delgado.", "Attack",
       {"Islamic State Mozambique Province", "Civilians (Mozambique)"}, 27),
    ev("attack-car-3r", "Des combattants du groupe 3R ont tué six éleveurs lundi près de Koui, dans le nord-ouest de "
       "la Centrafrique.", "Attack",
       {"3R: Return, Reclamation, Rehabilitation", "Civilians (Central African Republic)"}, 27),
    ev("attack-army-civilians", "Des soldats maliens ont abattu sept civils, dont des femmes, mercredi dans le "
       "village de Welingara, selon des habitants.", "Attack",
       {"Military forces of Mali", "Civilians (Mali)"}, 17),
    ev("attack-sudan-rsf-darfur", "Des paramilitaires des FSR ont attaqué samedi le camp de déplacés de Zamzam, près "
       "d'El-Fasher, tuant des dizaines de civils.", "Attack",
       {"Rapid Support Forces", "Civilians (Sudan)"}, 27),
    ev("attack-church-bfa", "Des jihadistes ont attaqué dimanche une église de Essakane pendant la messe, tuant "
       "douze fidèles.", "Attack", {"Jihadist militants (Burkina Faso)", "Civilians (Burkina Faso)"}, 27),
    ev("abduction-nigeria-pupils", "Des hommes armés ont enlevé jeudi plus de deux cents élèves dans une école de "
       "Kuriga, dans l'Etat de Kaduna.", "Abduction/forced disappearance",
       {"Unidentified armed group (Nigeria)", "Civilians (Nigeria)"}, 37),
    ev("abduction-cameroon", "Des séparatistes armés ont kidnappé mardi un chef traditionnel et deux de ses notables "
       "près de Kumbo, dans le Nord-Ouest.", "Abduction/forced disappearance",
       {"Ambazonian separatists", "Civilians (Cameroon)"}, 27),
    ev("abduction-haiti", "Des membres du gang 400 Mawozo ont enlevé samedi cinq religieux à Croix-des-Bouquets, "
       "à l'est de Port-au-Prince.", "Abduction/forced disappearance",
       {"400 Mawozo", "Civilians (Haiti)"}, 37),
    ev("abduction-passive", "Trois travailleurs humanitaires ont été enlevés lundi par des hommes armés sur l'axe "
       "Bangassou-Bakouma.", "Abduction/forced disappearance",
       {"Unidentified armed group (Central African Republic)", "Civilians (Central African Republic)"}, 37),
    ev("abduction-niger", "Des jihadistes ont kidnappé dimanche une dizaine de femmes qui ramassaient du bois près "
       "de Diffa.", "Abduction/forced disappearance",
       {"Jihadist militants (Niger)", "Civilians (Niger)"}, 27),
    ev("sexual-drc", "Des miliciens ont violé au moins quinze femmes la semaine dernière dans le village de "
       "Kalehe, au Sud-Kivu, selon une ONG locale.", "Sexual violence",
       {"Militia (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"}, 37),
    ev("sexual-sudan", "Des paramilitaires des Forces de soutien rapide ont violé plusieurs jeunes filles jeudi à "
       "Geneina, au Darfour-Occidental.", "Sexual violence", {"Rapid Support Forces", "Civilians (Sudan)"}, 27),
    # ---------------- Protests
    ev("peaceful-senegal", "Des centaines de personnes ont manifesté vendredi à Dakar pour réclamer la tenue de "
       "l'élection présidentielle à la date prévue.", "Peaceful protest", {"Protesters (Senegal)"}, 60),
    ev("peaceful-algeria", "Des milliers d'étudiants ont défilé mardi dans les rues d'Alger contre le pouvoir.",
       "Peaceful protest", {"Protesters (Algeria)"}, 60),
    ev("peaceful-tunisia", "Des militants de l'opposition se sont rassemblés samedi devant le théâtre municipal de "
       "Tunis pour exiger la libération de détenus politiques.", "Peaceful protest",
       {"Protesters (Tunisia)"}, 60),
    ev("peaceful-sit-in", "Des enseignants contractuels observent depuis lundi un sit-in devant le ministère de "
       "l'Education à Bamako pour réclamer leurs arriérés de salaire.", "Peaceful protest",
       {"Protesters (Mali)"}, 60),
    ev("peaceful-march-goma", "Des habitants de Goma ont marché samedi jusqu'au gouvernorat pour dénoncer "
       "l'insécurité.", "Peaceful protest", {"Protesters (Democratic Republic of Congo)"}, 60),
    ev("intervention-senegal", "La police a dispersé à coups de gaz lacrymogène une manifestation de l'opposition "
       "vendredi à Dakar.", "Protest with intervention",
       {"Protesters (Senegal)", "Police forces of Senegal"}, 16),
    ev("intervention-arrests", "Des dizaines de manifestants ont été interpellés samedi à Tunis lors d'un "
       "rassemblement contre la vie chère.", "Protest with intervention",
       {"Protesters (Tunisia)", "Police forces of Tunisia"}, 16),
    ev("intervention-kenya", "Les forces de l'ordre ont tiré des gaz lacrymogènes mardi sur des manifestants qui "
       "marchaient vers le Parlement à Nairobi.", "Protest with intervention",
       {"Protesters (Kenya)", "Police forces of Kenya"}, 16),
    ev("excessive-kenya", "La police kényane a tiré à balles réelles mardi sur des manifestants à Nairobi, tuant "
       "au moins cinq personnes.", "Excessive force against protesters",
       {"Police forces of Kenya", "Protesters (Kenya)"}, 16),
    ev("excessive-guinea", "Deux manifestants ont été tués par balle mercredi à Conakry lors d'une marche de "
       "l'opposition réprimée par les forces de l'ordre.", "Excessive force against protesters",
       {"Police forces of Guinea", "Protesters (Guinea)"}, 16),
    ev("excessive-sudan-soldiers", "Des soldats ont ouvert le feu jeudi sur des manifestants qui réclamaient un "
       "pouvoir civil à Khartoum, faisant trois morts.", "Excessive force against protesters",
       {"Military forces of Sudan", "Protesters (Sudan)"}, 16, published="2022-01-20"),
    # ---------------- Riots
    ev("riot-kenya", "De jeunes manifestants ont incendié mardi une partie du Parlement kényan à Nairobi après "
       "l'adoption d'une loi de finances contestée.", "Violent demonstration", {"Rioters (Kenya)"}, 50,
       published="2024-06-26"),
    ev("riot-senegal", "Des émeutiers ont saccagé et pillé jeudi des magasins à Ziguinchor après la condamnation "
       "d'un opposant.", "Violent demonstration", {"Rioters (Senegal)"}, 50),
    ev("riot-algeria", "Des jeunes en colère ont jeté des pierres sur les gendarmes et brûlé des pneus lundi à "
       "Béjaïa.", "Violent demonstration", {"Rioters (Algeria)", "Police forces of Algeria"}, 15),
    ev("mob-drc", "Un homme accusé de vol a été lynché lundi par une foule en colère dans un quartier de Bukavu.",
       "Mob violence", {"Rioters (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"}, 57),
    ev("mob-haiti", "Des habitants en colère ont battu à mort deux présumés voleurs vendredi à Pétion-Ville.",
       "Mob violence", {"Rioters (Haiti)", "Civilians (Haiti)"}, 57),
    # ---------------- Strategic developments
    ev("arrest-journalist", "La police sénégalaise a arrêté mardi à Dakar un journaliste accusé de diffuser de "
       "fausses nouvelles.", "Arrests", {"Police forces of Senegal", "Civilians (Senegal)"}, 17),
    ev("arrest-jihadist-leader", "Les forces de sécurité nigériennes ont interpellé dimanche près de Tillabéri un "
       "chef jihadiste de l'Etat islamique au Sahel.", "Arrests",
       {"Military forces of Niger", "Islamic State Sahel Province"}, 12),
    ev("arrest-opponents", "Les autorités tunisiennes ont arrêté vendredi plusieurs opposants à Tunis.", "Arrests",
       {"Government of Tunisia", "Civilians (Tunisia)"}, 17),
    ev("agreement-sudan", "Les représentants de l'armée soudanaise et des Forces de soutien rapide ont signé samedi "
       "à Djeddah un accord de cessez-le-feu d'une semaine.", "Agreement",
       {"Military forces of Sudan", "Rapid Support Forces"}, 12, published="2023-05-22"),
    ev("agreement-car", "Le gouvernement centrafricain et le groupe armé UPC ont signé jeudi à Bangui un accord de "
       "paix.", "Agreement",
       {"Government of the Central African Republic", "UPC: Unity for Peace in Central Africa"}, 12),
    ev("agreement-prisoner-swap", "Le Hamas et Israël ont procédé mardi à un échange de prisonniers.", "Agreement",
       {"Hamas Movement", "Government of Israel"}, 12, published="2023-11-28"),
    ev("change-withdrawal", "Les derniers soldats français ont quitté le Niger vendredi, achevant le retrait des "
       "forces françaises du pays.", "Change to group/activity", {"Military forces of France"}, 80,
       published="2023-12-22"),
    ev("disrupt-mali-ied", "Les FAMa ont désamorcé lundi un engin explosif improvisé placé sur la route de Gao.",
       "Disrupted weapons use", {"Military forces of Mali"}, 10),
    ev("disrupt-drone-downed", "La défense antiaérienne soudanaise a abattu jeudi plusieurs drones des FSR "
       "au-dessus de Port-Soudan.", "Disrupted weapons use",
       {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("base-m23", "Les rebelles du M23 ont installé une base à Rubaya, dans le territoire de Masisi.",
       "Headquarters or base established", {"M23: March 23 Movement"}, 20),
    ev("loot-market", "Des hommes armés ont pillé lundi le marché de Kouri, dans la région de Ségou, emportant des "
       "vivres et du bétail.", "Looting/property destruction",
       {"Unidentified armed group (Mali)", "Civilians (Mali)"}, 37),
    ev("loot-burn-houses", "Des jihadistes ont incendié dimanche une cinquantaine de maisons du village de Gawa, "
       "dans l'Etat de Borno.", "Looting/property destruction",
       {"Jihadist militants (Nigeria)", "Civilians (Nigeria)"}, 27),
    ev("transfer-minusma", "La Minusma a remis vendredi son camp de Ber aux Forces armées maliennes dans le cadre de "
       "son retrait du Mali.", "Non-violent transfer of territory",
       {"MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
        "Military forces of Mali"}, 18, published="2023-08-14"),
    ev("other-curfew", "Les autorités tchadiennes ont instauré lundi un couvre-feu à N'Djamena.", "Other",
       {"Government of Chad"}, 10),
    ev("other-state-emergency", "Le gouvernement haïtien a décrété dimanche l'état d'urgence dans le département de "
       "l'Ouest.", "Other", {"Government of Haiti"}, 10),
    # ---------------- varied syntax and actor naming
    ev("acronym-defined", "Le Mouvement pour le salut de l'Azawad (MSA) a repoussé mardi une attaque de l'Etat "
       "islamique au Sahel près de Ménaka.", "Armed clash",
       {"Movement for the Salvation of Azawad", "Islamic State Sahel Province"}, 23),
    ev("apposition-leader", "Les hommes du chef de guerre Mahmat Ali, un dissident de l'UPC, ont tué trois "
       "commerçants samedi près de Bambari.", "Attack",
       {"UPC: Unity for Peace in Central Africa", "Civilians (Central African Republic)"}, 27),
    ev("demonym-army-contre", "L'armée nigériane a mené jeudi une offensive contre Boko Haram dans la forêt de "
       "Sambisa.", "Armed clash", {"Military forces of Nigeria", "Boko Haram (JAS)"}, 12),
    ev("par-passive-soldiers", "Onze soldats tchadiens ont été tués mardi dans une attaque menée par Boko Haram sur "
       "une île du lac Tchad.", "Armed clash", {"Boko Haram (JAS)", "Military forces of Chad"}, 12),
    ev("peacekeepers-attacked", "Des casques bleus de la Monusco ont été attaqués lundi par des miliciens de la "
       "Codeco près de Bunia.", "Armed clash",
       {"MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo",
        "CODECO: Cooperative for the Development of Congo"}, 48),
    ev("foreign-wagner", "Des mercenaires russes de Wagner et des soldats maliens ont affronté jeudi des rebelles "
       "touareg près de Tinzaouatène.", "Armed clash",
       {"Military forces of Mali", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"},
       12, published="2024-07-27"),
    ev("english-clash", "Nigerian troops clashed with Boko Haram fighters on Tuesday near Bama, in Borno State.",
       "Armed clash", {"Military forces of Nigeria", "Boko Haram (JAS)"}, 12),
    ev("english-protest", "Thousands of protesters marched through Nairobi on Tuesday against new taxes.",
       "Peaceful protest", {"Protesters (Kenya)"}, 60),
    ev("english-air", "An Israeli air strike hit a house in Khan Younis on Monday, killing six civilians.",
       "Air/drone strike", {"Military forces of Israel", "Civilians (Palestine)"}, 17),
    ev("hostage-sahel", "Des jihadistes du JNIM ont enlevé samedi deux ressortissants chinois sur un site minier près "
       "de Kayes.", "Abduction/forced disappearance",
       {"JNIM: Group for Support of Islam and Muslims", "Civilians (China)"}, 27),
    ev("iraq-isis-attack", "Des combattants de l'Etat islamique ont attaqué dimanche un poste de la police "
       "irakienne près de Kirkouk, tuant quatre policiers.", "Armed clash",
       {"Islamic State (Iraq)", "Police forces of Iraq"}, 12),
    ev("syria-turkey-drone", "Un drone turc a frappé mercredi un véhicule des FDS près de Qamichli.",
       "Air/drone strike", {"Military forces of Turkey", "SDF: Syrian Democratic Forces"}, 28,
       published="2023-10-10"),
    ev("ethiopia-tplf", "Les forces tigréennes du TPLF ont attaqué lundi des positions de l'armée érythréenne près "
       "d'Adigrat, dans le Tigré.", "Armed clash", {"TPLF: Tigray People's Liberation Front", "Military forces of Eritrea"}, 28,
       published="2021-06-10"),
    ev("niger-bandits-cattle", "Des bandits armés ont volé plusieurs centaines de têtes de bétail mardi dans le "
       "village de Bangui, près de Tahoua.", "Looting/property destruction",
       {"Unidentified armed group (Niger)", "Civilians (Niger)"}, 37),
    ev("lake-chad-fishermen", "Des jihadistes de Boko Haram ont tué neuf pêcheurs samedi sur les rives du lac "
       "Tchad, près de Baga.", "Attack", {"Boko Haram (JAS)", "Civilians (Nigeria)"}, 27),
    ev("gaza-strike-tent", "Une frappe israélienne a touché dimanche des tentes de déplacés à Deir el-Balah, tuant "
       "onze personnes.", "Air/drone strike", {"Military forces of Israel", "Civilians (Palestine)"}, 17),
    # ---------------- titles, anaphora, passives, adversaries, patrons, places of origin (issue 5, session 2)
    ev("title-marechal", "Le maréchal Khalifa Haftar a promis de reprendre Syrte. Mercredi, les troupes du maréchal ont attaqué des positions du GNA près de Tarhouna.",
       "Armed clash", {"Government of National Accord", "Libyan National Army"}, 12, published="2019-09-12"),
    ev("anaphora-troops", "Les troupes de l'ANL campent aux portes de Tripoli. Mardi, les troupes ont pris le contrôle de l'aéroport de Tripoli, tenu par le GNA.",
       "Non-state actor overtakes territory", {"Government of National Accord", "Libyan National Army"}, 12, published="2019-04-10"),
    ev("adversary-drone", "Les FSR combattent l'armée soudanaise depuis un an. Dimanche, un drone a frappé un camp des FSR près d'El-Obeid.",
       "Air/drone strike", {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("patron-militia", "La Brigade des révolutionnaires de Tripoli a repoussé mardi une attaque des forces de Haftar près de l'aéroport de Tripoli.",
       "Armed clash", {"Government of National Accord", "Libyan National Army"}, 12, published="2019-04-20"),
    ev("origin-place", "Des avions de l'armée nigériane partis de Maiduguri ont bombardé jeudi des positions de Boko Haram à Gwoza.",
       "Air/drone strike", {"Boko Haram (JAS)", "Military forces of Nigeria"}, 12),
    ev("clash-mali-csp", "Les FAMa et des rebelles du CSP-PSD se sont affrontés lundi près d'Anefis, dans la région de Kidal.",
       "Armed clash", {"CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", "Military forces of Mali"}, 12, published="2023-10-10"),
    ev("clash-cameroon-bh", "Des jihadistes de Boko Haram ont attaqué samedi une position de l'armée camerounaise à Mora, dans l'Extrême-Nord.",
       "Armed clash", {"Boko Haram (JAS)", "Military forces of Cameroon"}, 12),
    ev("attack-chad-bh", "Des combattants de Boko Haram ont tué dimanche six pêcheurs tchadiens sur une île du lac Tchad.",
       "Attack", {"Boko Haram (JAS)", "Civilians (Chad)"}, 27),
    ev("abduction-bfa", "Des hommes armés ont enlevé lundi un prêtre dans la commune de Djibo.",
       "Abduction/forced disappearance", {"Civilians (Burkina Faso)", "Unidentified armed group (Burkina Faso)"}, 37),
    ev("shell-ukraine", "Des tirs d'artillerie des forces gouvernementales syriennes ont visé mardi le village de Kafranbel, dans la province d'Idleb.",
       "Shelling/artillery/missile attack", {"Civilians (Syria)", "Military forces of Syria"}, 17, published="2019-11-05"),
    ev("regain-car", "Les Forces armées centrafricaines ont repris samedi la ville de Bouar aux rebelles de la CPC.",
       "Government regains territory", {"CPC: Coalition of Patriots for Change", "Military forces of the Central African Republic"}, 12),
    ev("air-mali-jnim", "L'armée malienne a mené jeudi des frappes aériennes contre des jihadistes du JNIM près de Léré.",
       "Air/drone strike", {"JNIM: Group for Support of Islam and Muslims", "Military forces of Mali"}, 12),
    ev("protest-guinea", "Des milliers de personnes ont manifesté jeudi à Conakry pour exiger le retour à l'ordre constitutionnel.",
       "Peaceful protest", {"Protesters (Guinea)"}, 60),
    ev("riot-haiti", "Des émeutiers ont incendié lundi plusieurs stations-service à Port-au-Prince.",
       "Violent demonstration", {"Rioters (Haiti)"}, 50),
    ev("ied-nigeria", "Une bombe artisanale a explosé samedi au passage d'un convoi de l'armée nigériane près de Damboa, tuant trois soldats.",
       "Remote explosive/landmine/IED", {"Military forces of Nigeria", "Unidentified armed group (Nigeria)"}, 13),
    ev("suicide-mogadishu", "Un kamikaze des shebab s'est fait exploser lundi devant un hôtel de Mogadiscio, tuant six personnes.",
       "Suicide bomb", {"Al Shabaab", "Civilians (Somalia)"}, 27),
    ev("clash-libya-passive", "Des combattants du GNA ont été attaqués jeudi par les forces de Haftar au sud de Tripoli.",
       "Armed clash", {"Government of National Accord", "Libyan National Army"}, 12, published="2019-05-20"),
    ev("clash-sudan-passive-troops", "Les FSR ont attaqué samedi la garnison de l'armée soudanaise à El-Fasher, avant d'être repoussées par les troupes.",
       "Armed clash", {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("mob-cameroon", "Une foule en colère a lynché mercredi un présumé voleur à Douala.",
       "Mob violence", {"Civilians (Cameroon)", "Rioters (Cameroon)"}, 57),
    # ---------------- claims, inquiries, labels, repelled attacks, forces on protesters and riots (issue 5, session 3)
    ev("repel-claimed", "Dimanche, de violents combats ont opposé les FSR et l'armée soudanaise aux abords "
       "d'Omdurman. L'armée a affirmé avoir repoussé une attaque des FSR contre la ville.",
       "Armed clash", {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("claim-recalls", "Cinq soldats nigériens ont été tués lundi par l'explosion d'une mine près de Tillabéri. "
       "L'attaque n'avait pas été revendiquée mardi soir.", "Remote explosive/landmine/IED",
       {"Unidentified armed group (Niger)", "Military forces of Niger"}, 13),
    ev("label-quoted", "Plusieurs opposants ont été arrêtés jeudi à Conakry par des gendarmes, a indiqué le FNDC, "
       "qui dénonce des « enlèvements ».", "Arrests", {"Police forces of Guinea", "Civilians (Guinea)"}, 17),
    ev("inquiry-death", "La police a tiré à balles réelles mardi sur des manifestants à Kinshasa, tuant quatre personnes. Le "
       "ministre a ordonné une enquête sur les circonstances de la mort des manifestants.",
       "Excessive force against protesters",
       {"Police forces of the Democratic Republic of Congo", "Protesters (Democratic Republic of Congo)"}, 16),
    ev("paramilitary-protesters", "Des paramilitaires des Forces de soutien rapide ont tiré à balles réelles "
       "jeudi sur des manifestants à Omdurman, tuant quatre personnes.", "Excessive force against protesters",
       {"Rapid Support Forces", "Protesters (Sudan)"}, 16, published="2022-06-10"),
    ev("teargas-intervention", "Des milliers de personnes ont manifesté vendredi à Niamey. En fin de journée, la "
       "police a fait usage de gaz lacrymogène pour disperser les derniers manifestants.",
       "Protest with intervention", {"Protesters (Niger)", "Police forces of Niger"}, 16),
    ev("riot-policed", "Des émeutiers ont incendié lundi des véhicules de la Minusca à Bangui. Les casques bleus de la "
       "Minusca ont fait usage de gaz lacrymogène pour les repousser.", "Violent demonstration",
       {"Rioters (Central African Republic)",
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"},
       58),
    ev("westbank-raid", "Une frappe de drone israélienne a tué mardi deux civils à Jénine, en Cisjordanie.",
       "Air/drone strike", {"Military forces of Israel", "Civilians (Palestine)"}, 17),
    ev("english-stones", "Hundreds of young men hurled stones at soldiers on Tuesday night in Tripoli, Lebanon.",
       "Violent demonstration", {"Rioters (Lebanon)", "Military forces of Lebanon"}, 15),
    ev("air-drc-fardc", "Des avions des FARDC ont bombardé lundi des positions du M23 près de Kitshanga.",
       "Air/drone strike", {"M23: March 23 Movement", "Military forces of the Democratic Republic of Congo"}, 12),
    # ---------------- one unnamed kind on both sides, stopped fighting, foreign air forces (issue 5, pass 3)
    ev("clash-two-armed-groups", "De violents affrontements ont opposé samedi soir deux groupes armés dans le "
       "quartier de Souq al-Joumaa, à Tripoli.", "Armed clash", {"Unidentified armed group (Libya)"}, 33),
    ev("clash-rival-gangs", "Des affrontements entre gangs rivaux ont fait cinq morts jeudi à Cité Soleil, dans la "
       "banlieue de Port-au-Prince.", "Armed clash", {"Unidentified gang (Haiti)"}, 33),
    ev("clash-two-militias", "Des heurts entre deux milices ont éclaté lundi à Zaouïa, dans l'ouest de la Libye.",
       "Armed clash", {"Unidentified armed group (Libya)"}, 33),
    ev("english-two-militias", "Clashes between two militias killed four people on Saturday in Zawiya, west of "
       "Tripoli.", "Armed clash", {"Unidentified armed group (Libya)"}, 33),
    ev("clash-rival-gangs-named", "Des affrontements entre gangs rivaux ont fait dix morts mardi à Martissant, à "
       "Port-au-Prince. Les combats ont opposé les hommes du gang de Grand-Ravine à ceux de Ti Bwa.",
       "Armed clash", {"Grand Ravine gang", "Ti Bwa gang"}, 33, published="2021-06-05"),
    ev("clash-then-ceased", "De violents combats ont opposé samedi l'armée soudanaise aux FSR à Omdurman. Les "
       "combats ont cessé dimanche matin.", "Armed clash", {"Military forces of Sudan", "Rapid Support Forces"}, 12),
    ev("air-russia-ascribed-later", "Des frappes aériennes ont tué onze civils lundi sur un marché de Sarmin, dans "
       "la province d'Idleb. Les frappes ont été attribuées par l'OSDH à l'aviation russe.", "Air/drone strike",
       {"Military forces of Russia", "Civilians (Syria)"}, 78, published="2023-10-10"),
    ev("air-russia-raids-idlib", "Des raids de l'aviation russe ont visé lundi la ville de Sarmin, dans la province "
       "d'Idleb.", "Air/drone strike", {"Military forces of Russia", "Civilians (Syria)"}, 78,
       published="2023-10-10"),
    ev("english-recapture-campaign", "GNA forces recaptured Gharyan on Wednesday, depriving the LNA of its main "
       "supply hub for the offensive it launched on the capital in early April.", "Government regains territory",
       {"Government of National Accord", "Libyan National Army"}, 12, published="2019-06-28"),
    ev("english-russian-warplanes", "Russian warplanes struck a market in Sarmin, in Idlib province, on Monday, "
       "killing six civilians.", "Air/drone strike", {"Military forces of Russia", "Civilians (Syria)"}, 78,
       published="2023-10-10"),
]


# --------------------------------------------------------------------------- non-events
NON_EVENTS = [
    # calls and appeals
    non("call-un", "Le secrétaire général de l'ONU a appelé lundi les belligérants soudanais à cesser les combats "
        "autour d'El-Fasher."),
    non("call-ceasefire", "L'Union africaine a exhorté mardi les parties au conflit en RDC à respecter le "
        "cessez-le-feu."),
    non("call-protest", "L'opposition sénégalaise appelle à manifester vendredi prochain à Dakar."),
    non("call-release", "Amnesty International demande la libération des journalistes détenus à Bamako."),
    non("call-calm", "Le Premier ministre a invité les jeunes à ne pas descendre dans la rue samedi."),
    non("call-dialogue", "Les évêques du Cameroun ont plaidé pour un dialogue inclusif afin de mettre fin à la crise "
        "anglophone."),
    # threats
    non("threat-jnim", "Le JNIM a menacé d'attaquer les convois qui se rendent à Tombouctou."),
    non("threat-m23", "Les rebelles du M23 menacent de marcher sur Goma si Kinshasa refuse de négocier."),
    non("threat-gangs", "Le chef de gang Jimmy Chérizier a menacé de s'emparer du palais national."),
    non("threat-houthis", "Les Houthis ont averti qu'ils frapperaient tout navire lié à Israël en mer Rouge."),
    non("threat-risk", "Des experts craignent une offensive imminente des FSR sur El-Fasher."),
    # plans and future
    non("plan-offensive", "L'armée nigériane prévoit de lancer une offensive contre Boko Haram dans les prochaines "
        "semaines."),
    non("plan-withdrawal", "La Monusco doit achever son retrait du Sud-Kivu d'ici la fin de l'année."),
    non("future-march", "Une marche pour la paix sera organisée samedi à Bangui."),
    non("future-talks", "Les délégations se retrouveront à Djeddah la semaine prochaine pour de nouvelles "
        "négociations."),
    non("plan-elections", "La junte a promis d'organiser des élections avant la fin de la transition."),
    non("future-strike", "Les syndicats de la santé entameront une grève illimitée le 1er avril."),
    non("intent-recapture", "Le gouverneur a assuré que l'armée allait reprendre bientôt le contrôle de la ville."),
    # hypothetical and questions
    non("hypothetical", "Une attaque contre la centrale pourrait provoquer une catastrophe, selon les experts."),
    non("question", "Les jihadistes vont-ils attaquer Bamako ?"),
    non("conditional", "Si les négociations échouent, les combats risquent de reprendre dans le Nord-Kivu."),
    # negation and denial
    non("denial-army", "L'armée malienne a démenti avoir tué des civils à Moura."),
    non("negated-clash", "Aucun affrontement n'a été signalé ce week-end dans la région de Mopti."),
    non("denial-kidnap", "La police a démenti toute tentative d'enlèvement à l'école de Kaduna."),
    non("no-victim", "Il n'y a eu aucune victime, selon les autorités locales."),
    non("rumour-denied", "Le gouvernement a qualifié de fausses les informations sur une attaque contre le camp de "
        "Kati."),
    # history and background
    non("campaign-offensive", "La ville servait de base arrière aux forces de Haftar pour leur offensive contre la "
        "capitale libyenne."),
    non("campaign-battle", "Misrata est le principal fief des groupes armés qui soutiennent le gouvernement dans la "
        "bataille de Tripoli."),
    non("history-libya", "Le pays est plongé dans le chaos depuis la chute de Mouammar Kadhafi en 2011."),
    non("history-mali", "Le nord du Mali était tombé aux mains des jihadistes en 2012 avant l'intervention "
        "française."),
    non("history-rwanda", "Le génocide des Tutsi avait fait plus de 800.000 morts en 1994."),
    non("history-boko-haram", "Depuis 2009, l'insurrection de Boko Haram a fait plus de 40.000 morts dans le "
        "nord-est du Nigeria."),
    non("history-anniversary", "Dimanche marque le dixième anniversaire de l'enlèvement des lycéennes de Chibok."),
    non("history-syria", "La guerre civile, déclenchée en 2011 par la répression de manifestations, a fait plus de "
        "500.000 morts."),
    # tolls alone
    non("toll-year", "Au moins 1.200 civils ont été tués depuis le début de l'année dans le centre du Burkina Faso, "
        "selon l'ONU."),
    non("toll-displaced", "Plus de 4.500 personnes ont fui leurs villages depuis jeudi, selon le HCR."),
    non("toll-cumulative", "Le bilan des violences depuis avril s'élève à plus de 15.000 morts au Darfour."),
    non("toll-monthly", "Quelque 300 personnes ont été enlevées en mars dans l'Etat de Zamfara, selon une ONG."),
    non("toll-conflict", "Le conflit a fait des dizaines de milliers de morts depuis 2017 au Cabo Delgado."),
    # institutional, diplomatic and economic news
    non("diplomacy-visit", "Le ministre français des Affaires étrangères est arrivé lundi à Niamey pour une visite "
        "de deux jours."),
    non("meeting-security", "Le Conseil de sécurité de l'ONU se réunira jeudi pour examiner la situation en Haïti."),
    non("humanitarian-aid", "Le PAM a distribué des vivres à 20.000 déplacés dans le camp de Kalma."),
    non("economy", "Le prix du carburant a doublé à Bangui depuis la fermeture de la frontière camerounaise."),
    non("report-published", "Human Rights Watch a publié mardi un rapport sur la situation des droits humains au "
        "Tchad."),
    non("sanctions", "Washington a annoncé des sanctions contre deux dirigeants des Forces de soutien rapide."),
    non("election-results", "La commission électorale a proclamé dimanche les résultats provisoires de la "
        "présidentielle."),
    non("trial-opens", "Le procès de l'attaque de la cathédrale s'est ouvert lundi devant la cour d'assises."),
    non("condemnation-general", "La France a condamné avec la plus grande fermeté toute forme de violence "
        "contre les civils."),
    non("mourning", "Le président a décrété trois jours de deuil national en mémoire des victimes."),
    non("funeral", "Des milliers de personnes ont assisté mardi aux obsèques d'un ancien ministre à Bamako."),
    non("training", "Des instructeurs turcs forment des officiers somaliens à Mogadiscio."),
    non("hostages-freed", "Les deux otages italiens ont été libérés et sont arrivés lundi à Rome."),
    non("mine-collapse", "L'effondrement d'une mine d'or artisanale a fait quinze morts dimanche près de Kéniéba."),
    non("road-accident", "Un accident de la route a fait douze morts samedi sur l'axe Bamako-Ségou."),
    non("flood", "Des inondations ont détruit plus de 3.000 maisons dans la région de Maradi."),
    non("football", "Les Lions indomptables ont battu les Super Eagles mardi à Yaoundé."),
    non("recruitment", "L'armée burkinabè a lancé une campagne de recrutement de 5.000 volontaires."),
    non("budget", "Le parlement a adopté vendredi une hausse du budget de la défense."),
    non("commemorate-march", "Les habitants ont commémoré en silence les victimes du massacre de 2019."),
    non("statement-group", "Dans un communiqué, le groupe armé affirme défendre les populations peules."),
    non("fear-unrest", "Les commerçants redoutent de nouvelles émeutes après la hausse des prix."),
    non("warning-embassy", "L'ambassade des Etats-Unis a recommandé à ses ressortissants d'éviter les "
        "rassemblements à Nairobi."),
    non("inquiry-only", "Le gouvernement a annoncé l'ouverture d'une enquête sur les circonstances de la mort de "
        "deux manifestants à Goma."),
    non("label-only", "Le parti d'opposition dénonce des « enlèvements » de ses militants à Lomé."),
    non("inquiry-massacre", "L'ONU a demandé une enquête indépendante sur le massacre de Solhan."),
    non("analysis", "Selon les analystes, les attaques jihadistes se sont multipliées ces dernières années au "
        "Bénin."),
    # fighting that stops, campaigns recalled (issue 5, pass 3)
    non("halt-ceased", "Les combats ont cessé dimanche matin à Tripoli après une médiation de notables locaux."),
    non("halt-took-end", "Les affrontements ont pris fin lundi soir à Goma, selon des habitants."),
    non("halt-stopped", "Les combats se sont arrêtés mardi dans le quartier de Martissant, à Port-au-Prince."),
    non("halt-calm", "Le calme est revenu jeudi à Bunia, selon la société civile."),
    non("halt-end-noun", "La fin des combats a permis aux habitants de regagner leurs maisons à Kidal."),
    non("english-halt-stopped", "Fighting stopped on Sunday in Tripoli after a mediation by local elders."),
    non("english-halt-subsided", "The clashes had subsided by Monday evening in Zawiya, residents said."),
    non("english-campaign-launched", "Gharyan was the main supply hub of the LNA for the offensive it launched on "
        "the capital in early April.", published="2019-06-28"),
    non("campaign-launched", "Gharyan était la principale base arrière de l'ANL pour l'offensive qu'elle a lancée "
        "début avril contre la capitale.", published="2019-06-28"),
]


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    """Every case through the pipeline in one batch (spaCy loads once)."""
    articles = [Article(id=p.values[0], text=p.values[1], published=p.values[-1]) for p in EVENTS] + \
               [Article(id=p.values[0], text=p.values[1], published=p.values[2]) for p in NON_EVENTS]
    out = {r.article.id: r for r in extract(articles) if isinstance(r, ArticleResult)}
    return out


def test_case_ids_are_unique():
    ids = [p.values[0] for p in EVENTS + NON_EVENTS]
    assert len(ids) == len(set(ids))


def test_every_sub_event_type_is_represented():
    from guetteur.taxonomy import event_type_of
    assert {p.values[2] for p in EVENTS} == set(event_type_of())


@pytest.mark.parametrize("case_id,text,sub,actors,interaction,published", EVENTS)
def test_event_sentence(results, case_id, text, sub, actors, interaction, published):
    events = results[case_id].events
    got = [(e.sub_event_type, frozenset(a for a in (e.actor1, e.actor2) if a), e.interaction) for e in events]
    assert got == [(sub, actors, interaction)]


@pytest.mark.parametrize("case_id,text,published", NON_EVENTS)
def test_non_event_sentence(results, case_id, text, published):
    events = results[case_id].events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == []


def test_every_known_gap_names_a_case():
    assert set(KNOWN_GAPS) <= {p.values[0] for p in EVENTS + NON_EVENTS}
