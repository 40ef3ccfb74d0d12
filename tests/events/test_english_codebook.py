"""English news read the way the ACLED codebook defines each sub-event type: a dozen sentences
of wire-news style per sub-type (headlines, passives, long sentences with clauses, tolls), from
the Sahel, Nigeria, the Horn, the Great Lakes, South Asia, Latin America, the Middle East and
Europe, and sentences that tell no event (threats, plans, history, sport, metaphors). Written
from the codebook's definitions, not from any evaluation snippet."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through

from passage.eval.events import classify

BY_SUBTYPE: dict[str, list[str]] = {
    # Battles: a violent interaction between two organised armed groups.
    "Armed clash": [
        "Government troops and Ansaru fighters clashed for several hours near Birnin Gwari on "
        "Thursday, leaving at least nine dead.",
        "Two police officers were killed when suspected separatists attacked a patrol in "
        "Bamenda, the regional governor said.",
        "Fighting erupts between army and rebels in North Kivu",
        "Maoist insurgents ambushed a convoy of paramilitary troops in Sukma district, killing "
        "six personnel.",
        "A gun battle between rival cartels in the state of Zacatecas left 14 people dead.",
        "The Myanmar army has been locked in heavy fighting with the Arakan Army around the town "
        "of Paletwa since Monday.",
        "Heavy clashes were reported overnight between the Sudanese army and the Rapid Support "
        "Forces in Nyala.",
        "Al-Shabaab militants attacked a military base in the Middle Shabelle region, triggering "
        "a firefight that lasted into the night.",
        "Ukrainian troops repelled several Russian attacks near Avdiivka, the military said.",
        "Security forces killed three militants in a shootout in Pulwama district, police said.",
        "Tribal militias fought each other with automatic weapons in the province of Al-Bayda.",
        "Soldiers exchanged fire with bandits who tried to raid a checkpoint outside Gusau.",
    ],
    # Battles: state forces or their allies take back territory from a non-state group.
    "Government regains territory": [
        "The Somali National Army recaptured the town of Bulo Burde from al-Shabaab on Wednesday.",
        "Ethiopian federal forces retook the city of Lalibela from Tigrayan fighters, state "
        "media reported.",
        "Iraqi troops have regained full control of the district of Tal Afar, the defence "
        "ministry said.",
        "Mozambican and Rwandan troops liberated the port town of Mocimboa da Praia from "
        "insurgents.",
        "Army retakes key town from rebels in eastern Congo",
        "Malian forces recaptured the town of Lere from jihadist fighters after two days of "
        "fighting.",
        "Philippine troops reclaimed the last areas held by militants in Marawi.",
        "The city of Sirte was retaken by government forces from Islamic State militants.",
        "Colombian troops regained control of the village of El Plateado after expelling FARC "
        "dissidents, the defence minister said.",
        "Nigerian troops have recovered the town of Damasak from Boko Haram insurgents, an army "
        "spokesman said.",
    ],
    # Battles: a non-state group takes territory by force.
    "Non-state actor overtakes territory": [
        "Jihadists seized the town of Boulkessi in central Mali, according to local sources.",
        "Taliban fighters took control of the provincial capital of Kunduz on Sunday.",
        "M23 rebels overran the town of Bunagana on the Ugandan border.",
        "The town of Menaka fell into the hands of Islamic State fighters on Friday.",
        "Rebels Seize Strategic Town in Northern Ethiopia",
        "Armed gangs have taken control of the neighbourhood of Carrefour in Port-au-Prince.",
        "Al-Shabaab fighters captured the town of Mahaday, residents said.",
        "Separatist fighters seized control of the airport in Aden.",
        "FARC dissidents have seized control of several villages in Cauca department.",
        "Ethnic armed groups captured the border town of Chinshwehaw from the military.",
    ],
    # Strategic developments: territory changes hands without a fight.
    "Non-violent transfer of territory": [
        "Government troops withdrew from the town of Tessit, leaving it to jihadist fighters.",
        "The French army handed over its base in Timbuktu to Malian forces on Tuesday.",
        "Islamic State militants abandoned the town without a fight as the army advanced.",
        "The rebels withdrew from positions around the airport under the terms of a ceasefire.",
        "Ethiopian troops left the town of Adigrat, handing it to a local militia.",
        "The militia took over the town unopposed after soldiers pulled out overnight.",
        "UN peacekeepers completed their withdrawal from the camp in Ber.",
        "Turkish-backed fighters retreated from the village of Tal Tamr.",
        "The army evacuated its positions in the district, which rebels then occupied without "
        "resistance.",
        "Russian forces pulled out of the city of Kherson, the defence ministry said.",
    ],
    # Explosions/Remote violence: artillery, mortars, rockets and missiles.
    "Shelling/artillery/missile attack": [
        "Russian artillery shelled the centre of Kherson on Saturday, killing two civilians.",
        "Mortar bombs fell on a residential area of Mogadishu, wounding five people.",
        "A missile struck an apartment block in Dnipro, killing at least 30 people.",
        "Militants fired rockets at the Green Zone in Baghdad, the Iraqi military said.",
        "Pakistani troops shelled villages along the Line of Control in Kupwara.",
        "Rockets fired from Gaza landed near the city of Ashkelon.",
        "The RSF shelled a displacement camp near El Fasher, killing 12 people.",
        "Israeli artillery pounded villages in southern Lebanon overnight.",
        "Shells hit the main market of Donetsk, killing at least ten people, local officials said.",
        "Two Katyusha rockets slammed into a military base near Erbil airport.",
        "Heavy artillery fire rocked the outskirts of Tripoli throughout the night.",
    ],
    # Explosions/Remote violence: from the air, by aircraft or drone.
    "Air/drone strike": [
        "A US drone strike killed a senior al-Shabaab commander near Jilib.",
        "Warplanes bombed a market in the rebel-held town of Maarat al-Numan, killing 15 people.",
        "Israeli jets struck targets in Gaza City overnight, the military said.",
        "An airstrike by the Myanmar air force hit a village in Sagaing region, killing dozens "
        "of civilians.",
        "A Turkish drone targeted a car in Qamishli, killing two SDF members.",
        "Nigerian Air Force jets bombed a Boko Haram camp in the Sambisa forest.",
        "Military helicopters fired on the village, residents said.",
        "Russian and Syrian aircraft pounded opposition areas in Idlib province.",
        "Ethiopian military drone strike kills 30 in Tigray",
        "Kamikaze drones hit energy infrastructure in the Kyiv region overnight.",
        "Coalition aircraft carried out a series of air raids on Sanaa.",
    ],
    "Suicide bomb": [
        "A suicide bomber blew himself up at a mosque in Peshawar, killing 59 people.",
        "A suicide car bomb exploded at a checkpoint in Mogadishu.",
        "Two female suicide bombers detonated their explosives in a market in Maiduguri.",
        "At least 20 people were killed when a suicide attacker struck a wedding in Kabul.",
        "Suicide bombing at police station kills six in Quetta",
        "An attacker wearing an explosive vest blew himself up near a military convoy.",
        "The Islamic State group claimed the suicide attack on the Kabul airport.",
        "A suicide bomber rammed a truck packed with explosives into the gates of the army base.",
        "Three suicide bombers attacked a crowded bus station in Konduga.",
        "A suicide blast ripped through a Shiite mosque in Kunduz during Friday prayers.",
    ],
    "Chemical weapon": [
        "Government aircraft dropped chlorine gas on the town of Douma, rescuers said.",
        "At least 80 people died in a sarin attack on Khan Sheikhoun.",
        "Dozens were treated for suffocation after a poison gas attack on a rebel-held suburb.",
        "Residents said shells filled with toxic gas landed in the village.",
        "Activists accused the regime of using chemical weapons in eastern Ghouta.",
        "A chemical attack killed several fighters near Saraqeb.",
        "Rebels said barrel bombs loaded with chlorine hit the town of Kafr Zita.",
        "Mustard gas was used in an attack on Marea, the monitoring group said.",
        "Dozens of people suffocated after a suspected chemical weapons attack in Idlib.",
        "Troops fired chemical munitions at the village, causing breathing problems among "
        "civilians.",
    ],
    "Remote explosive/landmine/IED": [
        "A roadside bomb killed four soldiers in Nangarhar province.",
        "Three children were killed when a landmine they found exploded in Kandahar.",
        "An improvised explosive device went off under a UN vehicle near Kidal, wounding two "
        "peacekeepers.",
        "A car bomb exploded outside a hotel in Mogadishu, killing nine people.",
        "A bomb planted on a motorcycle went off in a crowded market in Quetta.",
        "Bus hits landmine in northern Burkina Faso, killing 14",
        "Two soldiers were wounded when their vehicle struck an explosive device in Tillaberi.",
        "A magnetic bomb attached to a car killed a prosecutor in Kabul.",
        "Two bombs exploded at bus stops in Jerusalem, killing one person.",
        "Maoists triggered a blast that destroyed a police vehicle in Dantewada.",
        "A remotely detonated bomb hit a Pakistani army convoy in North Waziristan.",
    ],
    "Grenade": [
        "Suspected militants hurled a grenade at a police station in Srinagar, injuring two "
        "officers.",
        "A grenade attack on a bar in Bujumbura wounded 12 people.",
        "Unknown assailants threw a hand grenade into a crowded market in Kampala.",
        "Grenade explosion kills three at a bus terminal in Bujumbura",
        "Gunmen lobbed grenades at a church in Garissa during Sunday service.",
        "A grenade was thrown at the home of a local politician in Manipur.",
        "Two people were hurt when an attacker tossed a grenade into a bar in Cali.",
        "Militants lobbed a grenade at an army vehicle in Pulwama.",
        "A teenager was killed by a grenade hurled into a crowd at a political rally in Dhaka.",
        "Assailants on a motorbike threw a grenade at a police patrol in Tegucigalpa.",
    ],
    # Violence against civilians.
    "Sexual violence": [
        "Soldiers raped at least 20 women in a village in South Kivu, the UN said.",
        "Militiamen sexually assaulted two girls fetching water near a displacement camp.",
        "A woman was gang-raped by armed men in Borno state.",
        "Gunmen abducted and raped a teenage girl in Zamfara.",
        "Rights groups documented the rape of dozens of women by security forces in Tigray.",
        "Police officers sexually abused detainees at a station in Harare, witnesses said.",
        "Armed men raped a nun at a convent in Burundi.",
        "Fighters subjected women in the village to sexual violence, survivors told investigators.",
        "A schoolgirl was sexually assaulted by a soldier at a checkpoint in Bamenda.",
        "Al-Shabaab militants forcibly married and raped girls in the Juba valley.",
    ],
    "Attack": [
        "Gunmen killed 17 villagers in an attack on Kwall in Plateau state.",
        "Jihadists executed five civilians in a village near Djibo.",
        "Suspected herders killed a farmer and his two sons on their farm.",
        "Armed men shot dead a journalist outside his home in Tijuana.",
        "Militiamen massacred dozens of displaced people in Ituri province.",
        "Unidentified assailants stabbed a priest to death in his church in Kaduna.",
        "ADF rebels hacked 30 people to death with machetes in Beni territory.",
        "Soldiers beat villagers suspected of supporting the rebels.",
        "Bandits opened fire on travellers along the Kaduna-Abuja highway, killing four.",
        "Settlers attacked Palestinian farmers harvesting olives near Nablus.",
        "Gunmen Kill 12 Worshippers in Burkina Faso Mosque Attack",
        "Security forces killed three unarmed civilians at a checkpoint in Rakhine, witnesses "
        "said.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen kidnapped 30 students from a school in Kebbi state.",
        "Armed men abducted three aid workers in northeastern Nigeria.",
        "A journalist was abducted by unknown men in Balochistan.",
        "Gang members abducted 17 missionaries in Haiti.",
        "Rights groups say a prominent activist was forcibly disappeared by security forces in "
        "Karachi.",
        "Boko Haram fighters carried off 20 women from a village in Borno.",
        "Kidnappers seized a Catholic priest in Enugu state.",
        "Bandits abducted 40 passengers from a bus in Zamfara.",
        "Al-Shabaab militants snatched two Kenyan teachers near the Somali border.",
        "Dozens of farmers were taken hostage by gunmen in Sokoto.",
    ],
    # Protests: demonstrators who use no violence, whatever is done to them.
    "Peaceful protest": [
        "Thousands of people marched through Nairobi to protest against new taxes.",
        "Farmers staged a sit-in outside the parliament in New Delhi.",
        "Hundreds of women rallied in Khartoum demanding an end to the war.",
        "Teachers went on strike in Lagos over unpaid salaries.",
        "Residents demonstrated peacefully outside the governor's office.",
        "Students protest fuel price hike in Dhaka",
        "Opposition supporters held a rally in Kinshasa calling for new elections.",
        "Relatives of missing persons gathered in front of the court in Colombo to demand answers.",
        "Doctors walked out of public hospitals across Kenya in a dispute over pay.",
        "Activists held a candlelight vigil in Yangon for the victims of the junta.",
        "Workers picketed the mine in Antofagasta, demanding higher wages.",
    ],
    "Protest with intervention": [
        "Police fired tear gas to disperse opposition supporters in Nairobi.",
        "Security forces dispersed a sit-in by students in Conakry.",
        "Riot police used water cannon against demonstrators in Tbilisi.",
        "Police arrested dozens of protesters during a march in Minsk.",
        "Police broke up a rally of opposition supporters in Kampala.",
        "Officers fired rubber bullets at protesters in Santiago.",
        "Protesters were tear-gassed by police in Harare.",
        "Police detained 50 demonstrators in Tehran on Monday.",
        "Demonstrators in Dakar were dispersed with tear gas.",
        "Police baton-charged protesting farmers on the highway in Punjab.",
    ],
    "Excessive force against protesters": [
        "Security forces opened fire on protesters in Khartoum, killing five.",
        "Police shot dead three demonstrators in Nairobi during protests over taxes.",
        "Soldiers killed at least 20 protesters in Mandalay on Saturday.",
        "Two protesters were killed when police fired live ammunition at a crowd in Conakry.",
        "Troops fired live rounds at demonstrators in Bamako, wounding dozens.",
        "Security forces killed a teenage protester in Zahedan.",
        "A demonstrator died after being beaten by police during a march in Lima.",
        "Police Kill Four Protesters in Anti-Government Demonstration in Kenya",
        "Junta troops gunned down peaceful demonstrators in Yangon.",
        "Eight people were killed when security forces fired on a protest in Freetown.",
    ],
    # Riots: demonstrators or mobs who use violence.
    "Violent demonstration": [
        "Protesters threw stones at police and burned tyres in Dakar.",
        "Demonstrators torched a police station in Kisumu.",
        "Rioters burned cars and looted shops in the centre of Paris.",
        "Angry youths hurled petrol bombs at security forces in Derry.",
        "Protesters stormed the parliament building in Colombo.",
        "Riots broke out in Kathmandu after the ban on social media.",
        "Protesters clashed with police in Islamabad, leaving dozens injured.",
        "Demonstrators set fire to the governor's office in Lubumbashi.",
        "Stone-pelting protesters injured several police officers in Srinagar.",
        "Supporters of the opposition rioted in Nairobi's Kibera slum.",
        "Protesters blocked the main highway with burning barricades in La Paz.",
    ],
    "Mob violence": [
        "A mob lynched a man accused of blasphemy in Sialkot.",
        "An angry crowd beat a suspected thief to death in Kisumu.",
        "A mob attacked a mosque in northeast Delhi, setting fire to its doors.",
        "Residents lynched two suspected kidnappers in Puebla state.",
        "A mob of Hindu nationalists attacked Muslim traders in a market in Haryana.",
        "An angry mob stoned a police officer to death in Kano.",
        "A mob burned a suspected pickpocket alive in Lagos.",
        "A mob dragged a woman from her home and beat her over witchcraft accusations in Malawi.",
        "A mob set upon two men accused of cattle theft, killing one.",
        "Villagers lynched a suspected child abductor in Assam.",
    ],
    # Strategic developments.
    "Arrests": [
        "Police arrested an opposition leader at his home in Kampala.",
        "Authorities detained a prominent journalist in Istanbul on terrorism charges.",
        "Security forces rounded up dozens of suspected militants in Borno.",
        "The former prime minister was taken into custody in Islamabad.",
        "Five suspected members of a smuggling ring were apprehended near the border.",
        "Police in Tunis detained a leading opposition figure on Monday.",
        "Turkish police arrest 40 suspects over alleged ISIS links",
        "The intelligence service arrested two foreign nationals accused of espionage in Bamako.",
        "Police detained 12 people in Manipur for allegedly spreading rumours.",
        "A journalist was jailed in Addis Ababa after criticising the government.",
    ],
    "Change to group/activity": [
        "Russia deployed additional troops to the border with Ukraine.",
        "Hundreds of Wagner fighters arrived in Bamako, diplomatic sources said.",
        "A faction of the rebel group split off and formed a new movement.",
        "Two jihadist groups announced their merger in the Sahel.",
        "The militia recruited hundreds of young men in Ituri province.",
        "North Korea test-fired a ballistic missile into the sea.",
        "Dozens of soldiers defected to the rebels in Shan state.",
        "The government sent reinforcements to the northern town of Kidal.",
        "Kenya dispatched 400 police officers to Haiti.",
        "Thousands of troops massed along the border with Tigray.",
    ],
    "Disrupted weapons use": [
        "Police defused a bomb planted near a church in Kaduna.",
        "Air defences shot down three drones over Moscow overnight.",
        "Security forces seized a large cache of weapons and ammunition in Balochistan.",
        "Bomb disposal experts safely detonated an IED found on the road to Gao.",
        "Israel's Iron Dome intercepted rockets fired from Gaza.",
        "Troops discovered an arms depot belonging to the rebels near Bunia.",
        "Police foiled a plot to bomb a bus station in Nairobi.",
        "The army said it dismantled an IED factory in Tillaberi.",
        "Ukraine said it downed 25 Russian drones overnight.",
        "Soldiers recovered 50 rifles and ammunition from a hideout in Zamfara.",
    ],
    "Headquarters or base established": [
        "Turkey set up a new military base in northern Iraq.",
        "The army established a forward operating base in the town of Tessalit.",
        "Rebels have set up a headquarters in the captured town of Rubaya.",
        "Jihadists established a camp in the forest near the border with Benin.",
        "Iran-backed militias set up new positions near Mayadin.",
        "Peacekeepers opened a new base in the Lake Chad region.",
        "The military erected an observation post on the hill overlooking the village.",
        "The United States has established a new drone base in northern Niger.",
        "Al-Shabaab set up a training camp in the Hiraan region.",
        "The militia has established its headquarters in a former school in the district.",
    ],
    "Looting/property destruction": [
        "Gunmen looted shops and set fire to homes in a village in Zamfara.",
        "Soldiers burned down dozens of houses in the village of Kyin, residents said.",
        "Israeli bulldozers demolished a Palestinian family's house in East Jerusalem.",
        "Militants destroyed a mobile phone mast in Mandera county.",
        "Fighters ransacked the offices of an aid agency in El Geneina.",
        "Armed men torched three trucks on the Bamako-Dakar road.",
        "Rebels pillaged the health centre and stole medicines.",
        "Settlers uprooted hundreds of olive trees in the village of Burin.",
        "Attackers blew up a section of the railway line in Balochistan.",
        "Looters stripped a World Food Programme warehouse in Mekelle.",
    ],
    "Agreement": [
        "The government and the rebels signed a ceasefire agreement in Doha.",
        "Warring parties agreed to a 72-hour truce in Khartoum.",
        "Colombia and the ELN reached a deal to suspend hostilities.",
        "The two sides exchanged prisoners under a deal brokered by Qatar.",
        "Kidnappers released the 20 schoolgirls after negotiations with local leaders.",
        "The junta and ethnic armed groups signed a peace accord in Naypyidaw.",
        "Israel and Hamas agree to Gaza ceasefire",
        "The factions reached an agreement to share power in Juba.",
        "Ukraine and Russia swapped 200 prisoners of war.",
        "Tribal elders brokered a truce between the two clans in Galmudug.",
    ],
    "Other": [
        "The military junta imposed a nightly curfew on the capital.",
        "Authorities declared a state of emergency in Amhara region.",
        "The RSF has besieged El Fasher for months.",
        "Army officers staged a coup in Burkina Faso on Friday.",
        "Mali expelled the head of the UN human rights mission.",
        "The interior ministry banned all political rallies in the capital.",
        "The junta imposed martial law in several townships of Yangon.",
        "The army placed the town under a total blockade.",
        "Authorities cut mobile internet across the region.",
        "Rebels encircled the city, cutting its supply routes.",
        # a threat of force is a strategic development; a threat of a strike is none
        "The rebels threatened to attack the capital if talks failed.",
    ],
}

# Wire copy at length: reported speech, clauses, tolls and a second, lesser event in passing.
LONG_TELLINGS: dict[str, list[str]] = {
    "Armed clash": [
        "Local officials told reporters on Tuesday that at least 23 soldiers and an unknown "
        "number of militants had been killed when hundreds of jihadists on motorbikes attacked "
        "the army camp at Inata, in northern Burkina Faso's Soum province.",
        "Fighting between the Tatmadaw and the Kachin Independence Army has intensified around "
        "the jade-mining town of Hpakant since Friday, with both sides suffering heavy losses, "
        "according to a local aid group.",
        "The defence ministry said its forces had repelled an attack by Houthi fighters on "
        "positions west of Marib overnight, killing dozens of the attackers.",
    ],
    "Government regains territory": [
        "After weeks of fighting that displaced thousands of families, the Congolese army said "
        "on Saturday it had recaptured the town of Kiwanja from M23 rebels, who had held it "
        "since October.",
        "Iraqi security forces, backed by coalition air support, have retaken the last "
        "neighbourhoods of western Mosul that were still held by Islamic State militants, a "
        "military spokesman announced.",
        "Government troops regained control of the strategic crossroads town of Sake late on "
        "Wednesday, a senior officer told AFP.",
    ],
    "Non-state actor overtakes territory": [
        "Hundreds of fighters loyal to the Tigray People's Liberation Front seized the town of "
        "Kobo on Sunday, residents who fled the area told Reuters by phone.",
        "The jihadists, who arrived in dozens of pick-up trucks, took control of the town of "
        "Boni and raised their black flag over the police station, a local official said.",
        "Ansar Allah fighters have captured the district headquarters of Al-Abdiyah after a "
        "month-long siege, pro-government media reported on Monday.",
    ],
    "Non-violent transfer of territory": [
        "In line with the agreement reached last month, Armenian forces withdrew from the "
        "district of Kalbajar, which was then handed over to Azerbaijan.",
        "The last French soldiers left the base in Gao on Monday, completing a withdrawal that "
        "began after relations with the junta broke down.",
        "Local elders said the militants pulled out of the town during the night, allowing "
        "government troops to walk in without a shot being fired.",
    ],
    "Shelling/artillery/missile attack": [
        "Residents of Donetsk said the shelling began shortly after midnight and continued "
        "until dawn, destroying several houses and killing an elderly couple.",
        "The Israeli military said Hezbollah fired more than 40 rockets at northern Israel on "
        "Sunday, most of which fell in open areas, and that its artillery struck the launch "
        "sites.",
        "At least 11 people were killed and dozens wounded when a Russian missile hit a "
        "crowded pizza restaurant in the eastern city of Kramatorsk on Tuesday evening, "
        "officials said.",
    ],
    "Air/drone strike": [
        "The Saudi-led coalition carried out at least 20 airstrikes on the Houthi-held capital "
        "Sanaa overnight, residents said, in one of the heaviest bombardments in months.",
        "A drone strike on a vehicle travelling between Mogadishu and Afgoye killed three "
        "suspected al-Shabaab members, the US Africa Command said in a statement.",
        "Witnesses said military jets dropped bombs on a busy market in the village, killing "
        "at least 17 people, including children, in an attack the junta denied.",
    ],
    "Suicide bomb": [
        "Police said the attacker, who was wearing a vest packed with explosives and ball "
        "bearings, blew himself up at the entrance of the mosque as worshippers were leaving "
        "after Friday prayers.",
        "At least 25 people, most of them police recruits, were killed on Monday when a "
        "suicide bomber rammed an explosives-laden car into a training centre in the city.",
        "Islamic State claimed responsibility for the suicide bombing, which tore through a "
        "crowd of wedding guests in the western part of the city late on Saturday.",
    ],
    "Chemical weapon": [
        "Doctors in the besieged enclave said they had treated more than 60 patients with "
        "symptoms consistent with exposure to chlorine after a helicopter dropped canisters "
        "on a residential building.",
        "The watchdog concluded that sarin had been used in the April attack, which killed "
        "more than 80 people in the rebel-held town.",
        "Ukraine's military said Russian forces had used grenades containing toxic chemicals "
        "against its positions near Bakhmut at least 30 times in the past month.",
    ],
    "Remote explosive/landmine/IED": [
        "Five members of the same family, including three children, were killed when their "
        "minibus drove over a landmine on a dirt road near the Malian border, the regional "
        "governor said.",
        "A powerful car bomb went off outside a government compound in the heart of the "
        "capital during rush hour, killing at least eight people and damaging nearby "
        "buildings.",
        "Two UN peacekeepers from Chad were killed and four others injured after their convoy "
        "struck an improvised explosive device near Aguelhok on Thursday, the mission said.",
    ],
    "Grenade": [
        "Police said two men on a motorcycle lobbed a grenade into the crowded bar shortly "
        "before midnight, wounding nine people, before speeding away.",
        "At least four people were hurt when unidentified attackers threw a hand grenade at a "
        "minibus carrying passengers through the centre of the town, police said.",
        "The grenade, thrown over the wall of the police compound in the early hours of "
        "Sunday, exploded near a parked vehicle and injured two constables, officials said.",
    ],
    "Sexual violence": [
        "A UN report said soldiers and militiamen raped at least 130 women and girls in "
        "villages around Minova during the retreat in November.",
        "Survivors told investigators that fighters went from house to house, raping women in "
        "front of their families, after they entered the camp.",
        "The human rights commission said police officers had sexually assaulted several "
        "women detained during a raid on a bar in the capital.",
    ],
    "Attack": [
        "Herders armed with rifles and machetes killed at least 12 farmers on Sunday in a "
        "village in the Middle Belt, a local community leader said.",
        "Unidentified gunmen shot dead a local radio journalist as he left his home in the "
        "north-western city on Tuesday morning, his employer said.",
    ],
    "Abduction/forced disappearance": [
        "Armed men on motorbikes stormed a secondary school in the early hours of Friday and "
        "kidnapped more than 300 students, a parent and a local official said.",
        "The family of the opposition activist said he was abducted by men in plain clothes "
        "who bundled him into an unmarked car outside his office last Tuesday.",
        "Gunmen abducted a Catholic priest and two seminarians from their parish residence "
        "late on Saturday, the diocese said in a statement appealing for their release.",
    ],
    "Peaceful protest": [
        "Thousands of people, many waving national flags, marched peacefully through the "
        "centre of the capital on Saturday to demand the release of political prisoners.",
        "Nurses at the main referral hospital went on strike on Monday, saying the government "
        "had failed to honour an agreement on pay and working conditions.",
        "Residents of the town held a sit-in outside the district office for a third day on "
        "Wednesday to protest against power cuts that have lasted for weeks.",
    ],
    "Protest with intervention": [
        "Police fired tear gas and used water cannon to break up a rally by several thousand "
        "opposition supporters who had gathered in defiance of a ban.",
        "Security forces detained at least 40 people on Sunday as they dispersed a protest "
        "against the military government in the capital, a rights group said.",
        "Hundreds of students who tried to march on the parliament were pushed back by riot "
        "police firing tear gas, witnesses said.",
    ],
    "Excessive force against protesters": [
        "At least nine people were killed when security forces opened fire on thousands of "
        "demonstrators who had gathered outside the army headquarters, doctors said.",
        "Medics said police had used live ammunition against protesters in the port city on "
        "Friday, killing two young men and wounding at least 15 others.",
        "Witnesses said soldiers fired directly into the crowd of protesters marching against "
        "the coup, killing at least five, including a 14-year-old boy.",
    ],
    "Violent demonstration": [
        "Hundreds of youths angry over the death of a teenager in police custody set fire to "
        "a police station and hurled stones at officers late on Sunday, police said.",
        "Protests over the rising cost of living turned violent in the capital on Tuesday, as "
        "demonstrators torched vehicles and looted shops along the main avenue.",
        "Supporters of the jailed opposition leader clashed with police in several cities, "
        "throwing rocks and setting up burning barricades, local media reported.",
    ],
    "Mob violence": [
        "Police said a mob of several hundred people attacked the police station where the "
        "suspect was being held, dragged him out and beat him to death.",
        "A man accused of stealing a motorcycle was lynched by an angry mob in the town's main "
        "market on Saturday, police said.",
        "An angry mob set fire to the homes of at least ten families after rumours spread that "
        "a member of their community had insulted the prophet.",
    ],
    "Arrests": [
        "Police said on Monday they had arrested 14 people, including two local officials, in "
        "connection with the killing of a journalist in the eastern province last month.",
        "Security forces detained the opposition leader at his home in the capital early on "
        "Thursday, a day before he was due to address a rally, his party said.",
        "The former army chief was taken into custody on his arrival at the airport and "
        "charged with plotting to overthrow the government, prosecutors said.",
    ],
    "Change to group/activity": [
        "Officials said about 1,000 Rwandan soldiers and police had been deployed to the "
        "province to help Mozambique's army fight an insurgency that began in 2017.",
        "The regional bloc said it had activated its standby force and would send "
        "reinforcements to the border region in the coming days.",
        "Several hundred fighters of the armed group defected to the government side on "
        "Sunday, bringing their commander with them, the army said in a statement.",
    ],
    "Disrupted weapons use": [
        "The army said its bomb disposal unit had defused two explosive devices planted under "
        "a bridge on the main road to the airport before they could go off.",
        "Police said they had seized more than 200 rifles, 10,000 rounds of ammunition and "
        "several grenades hidden in a truck at a checkpoint outside the city.",
        "Air defence units shot down 18 of the 20 drones launched overnight at the capital, "
        "the air force said, adding that debris fell on a residential area.",
    ],
    "Headquarters or base established": [
        "Satellite images show that the militia has set up a new base on the outskirts of the "
        "town, with dozens of vehicles and several fortified positions.",
        "The government said French special forces would leave the country, while Russian "
        "instructors have already established a base at the airport in the capital.",
        "Residents said the jihadists had set up their headquarters in the former town hall "
        "and were collecting taxes from traders.",
    ],
    "Looting/property destruction": [
        "Residents returning to the village found that their homes had been looted and burned "
        "down, and that the health centre had been stripped of its equipment.",
        "The UN said warehouses holding food aid for more than 100,000 people had been looted "
        "by armed men in the city over the past week.",
        "Bulldozers escorted by soldiers demolished 14 homes and a school in the herding "
        "community on Wednesday, leaving dozens of people without shelter.",
    ],
    "Agreement": [
        "After three days of talks mediated by the African Union, the two sides signed an "
        "agreement to stop fighting and allow aid into the besieged region.",
        "The government and the largest rebel coalition agreed on Saturday to a ceasefire "
        "that will take effect at midnight, the mediators said in a joint statement.",
        "Under the deal brokered by Qatar, 50 women and children held in Gaza were released in "
        "exchange for 150 Palestinian prisoners.",
    ],
    "Other": [
        "The interior ministry imposed a dusk-to-dawn curfew on the city after two days of "
        "unrest, and ordered all shops and markets to close.",
        "The president declared a three-month state of emergency in the two northern "
        "provinces on Thursday, giving the army sweeping powers of arrest.",
        "The military government expelled the French ambassador and gave him 72 hours to "
        "leave the country, state television said.",
    ],
}

# Other words for the same acts: rarer verbs and nouns a lexicon tuned on a few snippets misses.
OTHER_WORDS: dict[str, list[str]] = {
    "Armed clash": [
        "Insurgents raided an army outpost in Borno overnight, killing four soldiers.",
        "Militants struck a police post in Khyber district, leaving two officers dead.",
        "Hostilities resumed between the army and the rebels near Goma.",
        "Soldiers battled gunmen for hours in the forest near Birnin Gwari.",
        "Government forces fought off an assault by jihadists on the town of Diapaga.",
        "Two soldiers died in an exchange of fire with guerrillas in Arauca.",
        "Rival militias engaged in heavy gunfire in the streets of Tripoli.",
        "The army said 15 terrorists were neutralised during an operation in the Lake Chad region.",
        "Russian and Ukrainian forces are locked in fierce combat around the town.",
        "Al-Shabaab fighters raided a military base in Lower Juba, sparking a gunfight.",
        "NPA rebels and government troops figured in a 30-minute firefight in Samar province.",
        "Two jawans were martyred in an encounter with Maoists in Bijapur.",
        "Sicarios of the Jalisco cartel ambushed state police officers in Michoacan, killing 13.",
        "PDF fighters attacked a military column on the road to Kalay.",
        "At least 30 people were killed in fighting between Fulani and Dogon militias in central "
        "Mali.",
        "Security forces and gunmen traded fire for several hours in Jenin refugee camp.",
        "BATTLE RAGES FOR CONTROL OF KEY TOWN IN SUDAN'S DARFUR",
        "Heavy fighting has been raging since dawn in the town. Residents said the army and the "
        "rebels were using heavy machine guns.",
        "The ceasefire collapsed on Monday as militiamen and soldiers clashed in the eastern "
        "suburbs, leaving at least six dead.",
        "Unknown gunmen opened fire on a police patrol in Bamenda, injuring two officers.",
        "Islamic State militants killed five Iraqi soldiers in an attack on an army post north "
        "of Baghdad.",
        "Colombian troops clashed with ELN guerrillas in Catatumbo, leaving three soldiers dead.",
        "Gunmen attacked a police station in Balochistan's Turbat district overnight, sparking "
        "an hours-long gun battle.",
        "Ukrainian forces said they had beaten back Russian assaults near Pokrovsk.",
        "Three policemen were killed when militants stormed a checkpoint in Lakki Marwat.",
        "Two rival armed groups fought for control of the gold mine near Kidal.",
        "Soldiers killed five militants who had attacked a checkpoint, the army said.",
        "The military said it had killed 30 insurgents who attacked a base in northeastern "
        "Nigeria.",
        "Insurgents ambushed a patrol in Cabo Delgado, killing several soldiers.",
    ],
    "Government regains territory": [
        "Troops flushed out the insurgents from the village of Kirawa.",
        "The army seized back the town of Bakhmut from Wagner fighters.",
        "Government forces cleared the area of militants after a week-long operation.",
        "Ukrainian forces liberated the village of Robotyne in the Zaporizhzhia region.",
        "Burkinabe troops took back control of the town of Djibo from the jihadists.",
        "Security forces have regained control of the area after days of clashes with militants.",
        "The army recaptured the town hours after it was overrun by rebels.",
    ],
    "Non-state actor overtakes territory": [
        "Islamist insurgents occupied the town of Palma after a three-day assault.",
        "Gangs have taken over the commune of Croix-des-Bouquets.",
        "The rebels are now in control of the town of Bunia.",
        "The Arakan Army announced it had captured the town of Paletwa.",
        "Jihadists overran a gendarmerie post and took over the town of Mansila.",
        "Al-Qaeda-linked fighters have seized a military camp in central Mali after the soldiers "
        "fled.",
        "Hamas fighters took control of several Israeli army posts near the Gaza border.",
    ],
    "Shelling/artillery/missile attack": [
        "Russian forces hit the city with cruise missiles overnight.",
        "A salvo of Grad rockets struck the outskirts of Stepanakert.",
        "Tanks shelled houses on the edge of the camp.",
        "Heavy weapons fire hit residential districts of Omdurman.",
        "Houthi rebels launched a ballistic missile at the Saudi city of Jazan.",
        "The town came under heavy shelling on Tuesday, residents said.",
        "Mortars landed in a crowded market, killing eight people.",
        "The town was hit by more than 100 shells on Sunday, according to the regional governor.",
        "Residents reported heavy bombardment of the northern districts throughout the night.",
        "Azerbaijani artillery shelled Armenian positions in Syunik.",
        "A rocket fired from southern Lebanon hit a house in Metula.",
        "A barrage of rockets hit Israel's south on Saturday.",
    ],
    "Air/drone strike": [
        "Unmanned aircraft targeted a convoy on the road to Marib.",
        "A loitering munition hit a fuel depot in Belgorod.",
        "Government planes dropped barrel bombs on Daraya.",
        "Fighter planes bombed rebel positions in the Nuba Mountains.",
        "The Israeli Air Force struck a building in Beirut's southern suburbs.",
        "Sudanese army warplanes bombed RSF positions in Khartoum North.",
        "A Pakistani airstrike in Afghanistan's Paktika province killed eight people, the "
        "Taliban said.",
        "Coalition warplanes carried out at least a dozen raids on the port city.",
        "A drone attack on a military academy in Homs killed dozens of people attending a "
        "graduation ceremony.",
        "A Colombian military bombing raid killed seven dissidents in Guaviare.",
        "Ukraine launched a wave of drones at Russian oil refineries overnight.",
        "A drone strike hit a wedding party in Helmand, killing 20 people.",
        "Israeli airstrikes pounded the Gaza Strip overnight.",
    ],
    "Suicide bomb": [
        "A suicide attacker detonated an explosives-laden vehicle at the gates of the base.",
        "A female bomber blew herself up in a crowded market in Maiduguri.",
        "A suicide bomber struck a rally of an Islamist party in Bajaur, killing 54 people.",
        "A suicide bombing at a funeral in Nangarhar killed 15 mourners.",
        "A suicide bomber detonated his explosives among worshippers at a Shiite mosque in "
        "Peshawar.",
    ],
    "Chemical weapon": [
        "Witnesses said the helicopters dropped barrels containing chlorine.",
        "Troops used chloropicrin gas against defenders in trenches near the city.",
    ],
    "Remote explosive/landmine/IED": [
        "An explosion ripped through a bus in Kabul, killing six passengers.",
        "A bomb hidden in a motorcycle exploded near a police station.",
        "A blast hit an army patrol in Kurram district.",
        "An explosive device planted on the road killed three soldiers.",
        "Seven soldiers were killed when their armoured vehicle hit an IED in Kidal.",
        "A bomb exploded at a football stadium in Mogadishu.",
        "An explosion at a mosque in Mastung killed more than 50 worshippers.",
        "A roadside explosion struck a convoy carrying aid workers in Zabul province.",
        "Militants blew up a military vehicle with a roadside bomb, killing two soldiers.",
        "A car bomb killed a senior police officer in Mogadishu.",
        "Two deminers were killed when an anti-tank mine exploded in Kharkiv region.",
        "A bomb blast tore through a market in Quetta.",
    ],
    "Grenade": [
        "An attacker hurled a hand grenade at a campaign rally in Kampala.",
        "Militants hurled grenades at security forces in Anantnag.",
        "A grenade attack on a police checkpoint in Mindanao injured three officers.",
        "Gangsters threw a grenade at a bar in Stockholm's suburbs, injuring a woman.",
    ],
    "Sexual violence": [
        "Fighters gang-raped women fleeing the town.",
        "Soldiers were accused of sexual abuse against detainees in the prison.",
        "At least 40 women were raped by RSF fighters in El Geneina, a rights group said.",
        "The UN said it had documented 250 cases of conflict-related sexual violence in the "
        "region last month.",
        "Soldiers were accused of raping at least 12 women during a raid on the village.",
        "Armed men abducted and raped two women near the camp.",
    ],
    "Attack": [
        "Gunmen murdered a village chief in his home in Kasai.",
        "Suspected jihadists slit the throats of three farmers near Gao.",
        "A prominent activist was assassinated by unknown gunmen in Port-au-Prince.",
        "Soldiers tortured detainees at a military camp.",
        "Armed men killed a teacher in front of his pupils.",
        "Settlers assaulted a Palestinian shepherd near Hebron.",
        "Militants killed 19 civilians in an attack on a village in Ituri.",
        "The bodies of 12 men with gunshot wounds were found dumped on a roadside in Guerrero.",
        "Israeli settlers shot dead a Palestinian man in the village of Qusra.",
        "Gunmen attacked a bus carrying passengers, killing 11 people.",
        "Security forces shot dead a civilian at a checkpoint in Kashmir.",
        "A gunman killed seven people at a nightclub in the capital, police said.",
        "Jihadists killed more than 40 civilians in attacks on three villages in northern "
        "Burkina Faso.",
        "Gang members in Haiti burned alive at least 30 people in the Pont-Sonde neighbourhood.",
        "Unknown assailants killed a human rights defender in Cauca department.",
        "Armed men shot dead five members of a family in Sindh province.",
        "Gunmen killed a farmer and abducted his two sons in Kaduna state.",
        "Gunmen on motorcycles killed 15 traders at a market in Zamfara.",
        "An Israeli settler shot and wounded a Palestinian farmer near Ramallah.",
    ],
    "Abduction/forced disappearance": [
        "Unknown gunmen seized a businessman from his car in Port Harcourt.",
        "The engineer has been held captive by militants for a week.",
        "Pirates took 12 crew members hostage off the coast of Somalia.",
        "Bandits abducted more than 100 people from a village in Zamfara state.",
        "A Pakistani journalist was picked up by unidentified men and has not been seen since.",
        "Armed men stormed a church during a service and abducted the priest and 30 worshippers.",
        "Armed men kidnapped a Spanish tourist in southern Algeria.",
        "Gunmen abducted the wife and daughter of a lawmaker in Abuja.",
    ],
    "Peaceful protest": [
        "Thousands took to the streets of Tbilisi against a foreign agents law.",
        "Lawyers boycotted courts across the province.",
        "Activists staged a hunger strike outside the ministry.",
        "Opposition supporters demonstrated in Lusaka on Friday.",
        "Thousands of Israelis rallied in Tel Aviv against the judicial overhaul.",
        "Shopkeepers observed a complete shutdown in Srinagar against the killings.",
        "Farmers drove their tractors into Brussels to protest EU policies.",
        "Hundreds of women marched on the presidential palace to demand the return of their "
        "husbands.",
        "Supporters of the jailed former prime minister staged demonstrations in several cities "
        "on Friday.",
        "Tens of thousands of people protested in Belgrade against a lithium mine.",
        "Mothers of the disappeared marched through Mexico City on Mother's Day.",
        "Residents staged a protest over the killing of a local trader by soldiers.",
        "Students marched to condemn the abduction of their classmates.",
        "Relatives of the victims of the massacre held a vigil in the town square.",
        "Hundreds of health workers downed tools in Harare demanding US dollar salaries.",
        "Women in Kabul held a rare protest against restrictions on girls' education.",
        "Villagers protested outside the mine over pollution of their river.",
        "Opposition lawmakers staged a walkout from parliament.",
        "Taxi drivers went on a strike over new regulations in Johannesburg.",
    ],
    "Protest with intervention": [
        "Riot police broke up a demonstration outside parliament.",
        "Security forces fired tear gas at students marching in Conakry.",
        "Police in Dhaka dispersed hundreds of opposition activists with batons and tear gas.",
        "Kenyan police fired teargas at protesters in Nairobi's central business district.",
        "Police arrested 20 protesters and dispersed the rest with tear gas.",
        "Georgian police used water cannon and pepper spray to disperse protesters in Tbilisi.",
        "Police dispersed a crowd of protesters outside the electoral commission.",
        "Protesters were arrested as police broke up a demonstration in Moscow.",
    ],
    "Excessive force against protesters": [
        "Security forces fired live bullets at protesters in Khartoum, killing three.",
        "Iranian security forces killed at least 10 protesters in Zahedan on Friday.",
        "Security forces killed at least 30 people when they opened fire on a crowd protesting "
        "the election results.",
        "Bangladeshi police fired on student protesters, killing at least six.",
        "Police shot dead two protesters during a demonstration against the killing of a student.",
        "At least three demonstrators were shot dead by police in Mombasa.",
    ],
    "Violent demonstration": [
        "Protesters ransacked the offices of the ruling party.",
        "Demonstrators burned tyres and pelted police with stones.",
        "Protesters set fire to the parliament building in Nairobi.",
        "Rioters pelted police with stones and set vehicles on fire in Sialkot.",
        "Football fans rioted after the match, smashing shop windows and fighting with police.",
        "Far-right rioters attacked a hotel housing asylum seekers in Rotherham.",
        "Demonstrators angered by the arrest of their leader torched a police vehicle.",
        "Youths burned tyres and blocked roads in Port-Gentil after the election results.",
        "Protesters hurled rocks at police, who responded with tear gas.",
    ],
    "Mob violence": [
        "A crowd of vigilantes beat two suspected cattle thieves to death.",
        "A mob killed a man suspected of stealing a phone in Lagos.",
        "An enraged mob set fire to a police station after a suspect died in custody.",
        "A mob in Sri Lanka attacked Muslim-owned shops after a rumour spread online.",
        "Residents lynched a suspected kidnapper after he was caught with a child.",
        "A mob beat to death a man accused of stealing a goat.",
    ],
    "Arrests": [
        "Security agents nabbed three suspected kidnappers in Kaduna.",
        "Authorities jailed five activists for organising a protest.",
        "The DSS arrested a journalist in Abuja.",
        "Police have detained the suspected ringleader of the bombing.",
        "Five men were arrested in connection with the attack, police said.",
        "Turkish authorities detained the mayor of Istanbul on corruption charges.",
        "Venezuelan security forces arrested an opposition campaign manager in Caracas.",
        "Police arrested three men suspected of carrying out the attack on the church.",
        "Authorities detained 15 people in the wake of the bombing.",
        "The suspected gunman was arrested hours after the shooting at the mall.",
        "Two journalists were detained by police while covering a protest in Lome.",
        "Police in Uganda arrested opposition leader Kizza Besigye.",
    ],
    "Change to group/activity": [
        "The armed group pledged allegiance to the Islamic State.",
        "The rebels announced the formation of a new alliance.",
        "Iran test-launched a new ballistic missile.",
        "Russia has moved more troops and tanks to the border with Ukraine.",
        "Wagner mercenaries were redeployed from Syria to Libya.",
        "Thousands of reservists were called up as the army prepared for a new offensive.",
        "North Korea sent troops to Russia to fight against Ukraine.",
        "The army sent reinforcements to the area after the ambush.",
    ],
    "Disrupted weapons use": [
        "Police recovered explosives and detonators from a house in Quetta.",
        "The navy intercepted a boat carrying weapons off Yemen.",
        "Sappers cleared landmines from the road to the village.",
        "Israeli air defences intercepted a drone launched from Lebanon.",
        "The police bomb squad defused an explosive device found outside a school.",
        "Soldiers discovered a cache of rockets and mortars buried in a field.",
        "Troops defused a roadside bomb on the Kabul-Jalalabad highway.",
        "Security forces intercepted two suicide bombers before they reached the market.",
    ],
    "Headquarters or base established": [
        "The militia built a new camp near the border.",
        "China opened its first overseas military base in Djibouti.",
        "Russia set up a military base at Niamey airport.",
    ],
    "Looting/property destruction": [
        "Militants razed dozens of homes in the village.",
        "Gunmen vandalised a polling station and burned voting materials.",
        "Soldiers looted homes in the town after the fighting ended.",
        "Armed men burned 50 houses in the village of Kumana overnight.",
        "Unknown attackers vandalised a mosque in Hamburg.",
        "Rebels torched the house of the district commissioner.",
        "Fighters looted the central bank branch in Nyala.",
    ],
    "Agreement": [
        "The government and the rebels signed a peace deal.",
        "Armed groups and the government agreed to a ceasefire in Sudan.",
        "The Taliban and the United States signed an agreement in Doha.",
        "Hamas released four Israeli hostages as part of the truce deal.",
        "Both sides agreed to withdraw heavy weapons from the front line.",
        "Armenia and Azerbaijan agreed on the text of a peace treaty.",
        "The army and the militia signed a deal to end the fighting in the region.",
        "The rebels signed a ceasefire with the government in Juba.",
    ],
    "Other": [
        "The army staged a coup in Niger, toppling President Bazoum.",
        "The government imposed a curfew after the riots.",
        "The junta suspended the activities of political parties.",
        "The government declared a 48-hour curfew in the region after deadly clashes.",
        "Serbia declared a state of emergency in the north.",
        "The president announced the suspension of the constitution.",
    ],
}

# Conflict words that tell no event today: threats of a strike, plans, history, sport, business,
# metaphors (a threat of force is a strategic development: see "Other").
NOT_EVENTS = [
    "The opposition leader faced a barrage of criticism over his remarks.",
    "Supermarkets are locked in a price war over bread.",
    "Militants plan to seize the port, intelligence officials warned.",
    "The minister vowed to crush the insurgency.",
    "The national team stormed to a 4-0 victory over Mali.",
    "The striker scored twice as Senegal beat Guinea.",
    "Her latest novel explores the aftermath of the Rwandan genocide.",
    "The company launched an aggressive marketing campaign in Kenya.",
    "Wildfires destroyed hundreds of homes in the hills above Valparaiso.",
    "The central bank fired the opening salvo in a currency war.",
    "Stock markets were hit by a wave of selling.",
    "The president defended his government's record at a press conference.",
    "Analysts warned that the conflict could spread to neighbouring countries.",
    "Parliament debated a bill to expand police powers.",
    "The candidate lashed out at his rivals during the televised debate.",
    "The virus has killed more than 500 people in the province since January.",
    "A lorry crashed into a bus on the highway, killing seven.",
    "Fans celebrated in the streets of Buenos Aires after the final.",
    "The government announced plans to recruit 10,000 new teachers.",
    "Heavy rains triggered landslides that buried several villages in Uganda.",
    "The two leaders discussed trade and climate change during the call.",
    "Fuel prices exploded after the subsidy was removed.",
    "The opposition called for protests next week.",
    "Police said they were investigating the cause of the fire at the factory.",
    "The campaign targets young voters in rural districts.",
    "Sri Lanka marked the anniversary of the end of the civil war.",
    "The film about the siege of Sarajevo won the top prize at the festival.",
    "Unions threatened to strike if wages were not raised.",
    "The army chief warned that troops would retake the town soon.",
    "The army chief visited troops on the front line.",
    "Police said the situation in the city was calm on Monday.",
    "The striker's goal sparked wild celebrations.",
    "The minister was attacked on social media for his remarks.",
    "An explosion of interest in electric cars drove sales up.",
    "The boxer knocked out his opponent in the third round.",
    "The senator fired back at critics in a lengthy post.",
    "A fire at a market in Onitsha destroyed dozens of shops.",
    "The hospital said it had treated several people for heatstroke.",
    "The town was the scene of heavy fighting in 2016.",
    "The army is expected to launch an offensive next week.",
    "Residents fear a new attack.",
    "The opposition accused the government of waging war on its own people.",
    "The airline cut 500 jobs and grounded its fleet.",
    "Firefighters battled a blaze at a warehouse for six hours.",
    "He was arrested in 2019 and released two years later.",
    "The bombing campaign of 1999 is still remembered in Belgrade.",
    "The final was a battle of wills between the two teams.",
    "Shares fell sharply after the company issued a profit warning.",
    "The prime minister faces a rebellion within his own party.",
    "The campaign trail has been a battleground for ideas.",
    "The chef's new menu is a riot of colour.",
    "The president launched a blistering attack on the media.",
    "The government said it would not negotiate with terrorists.",
    "The group has been fighting the government since 2012.",
    "The election campaign kicked off in Lagos.",
    "The opposition rejected the results of the election.",
    "The bank raised interest rates to fight inflation.",
    "Police launched an investigation into the death of the singer.",
    "The company said it would cut 300 jobs.",
    "The two presidents held trade talks in Nairobi.",
]

# Beyond word order and a vocabulary: known misreadings, kept so that a fix shows.
OUT_OF_REACH = [
    pytest.param(
        "Villagers burned a man accused of witchcraft.",
        "Mob violence",
        marks=pytest.mark.xfail(
            strict=True, reason="burning a person read as burning a thing (property destruction)"
        ),
    ),
    pytest.param(
        "Pro-government forces drove Houthi rebels out of the district of Hays.",
        "Government regains territory",
        marks=pytest.mark.xfail(
            strict=True, reason="a verb and its particle around their object ('drove X out of')"
        ),
    ),
    pytest.param(
        "Survivors said the gunmen arrived at dawn, rounded up the men of the village and shot "
        "them one by one, killing at least 32 people before setting fire to the mosque.",
        "Attack",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gunmen rounding up villagers read as police arrests, more specific than the "
            "killing that names the story",
        ),
    ),
]
OUT_OF_REACH_NO_EVENT = [
    pytest.param(
        "Protesters are planning a march next Saturday.",
        marks=pytest.mark.xfail(
            strict=True, reason="the crowd's own noun tells a protest, whatever it plans"
        ),
    ),
    pytest.param(
        "The minister will travel to Addis Ababa for peace talks next month.",
    ),
    pytest.param(
        "The chess champion launched a fierce attack on the queenside.",
        marks=pytest.mark.xfail(
            strict=True, reason="a game's attack: no sense of the topic without a classifier"
        ),
    ),
]

# Known leftovers of English word order, pinned on their own.
MAIN_CLAUSE_OVER_FOLLOWING = [
    (
        "Following the bombing of the market, police arrested six suspects in Kano.",
        "Arrests",
    ),
    (
        "Following the attack on the convoy, troops detained 20 men in nearby villages.",
        "Arrests",
    ),
    (
        "Following last week's airstrike, hundreds of residents marched through the town.",
        "Peaceful protest",
    ),
]

MOURNERS = [
    (
        "Thousands gathered in Khartoum to mourn demonstrators killed last month.",
        "Peaceful protest",
    ),
    (
        "Hundreds marched in Bamako to mourn soldiers killed in an ambush last week.",
        "Peaceful protest",
    ),
]


def events_of(text: str) -> list:
    return through(parsed(text, language_code="en"), "events").events


@pytest.mark.parametrize(
    "text, expected", [(t, s) for s, texts in BY_SUBTYPE.items() for t in texts]
)
def test_codebook_sentence_gets_its_subtype(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected", [(t, s) for s, texts in LONG_TELLINGS.items() for t in texts]
)
def test_long_telling_gets_its_subtype(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize(
    "text, expected", [(t, s) for s, texts in OTHER_WORDS.items() for t in texts]
)
def test_other_words_get_their_subtype(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", OUT_OF_REACH)
def test_known_misreading(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text", NOT_EVENTS + OUT_OF_REACH_NO_EVENT)
def test_no_event_told_today(text):
    news = {e.subtype for e in events_of(text) if not e.negated and not e.background}
    assert news == set()


@pytest.mark.parametrize("text, expected", MAIN_CLAUSE_OVER_FOLLOWING)
def test_the_main_clause_names_the_event_after_following(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", MOURNERS)
def test_mourners_of_past_dead_are_a_protest(text, expected):
    assert classify(text) == expected


def test_deaths_the_mourners_mourn_are_told_in_passing():
    found = events_of("Thousands gathered in Khartoum to mourn demonstrators killed last month.")
    assert {e.subtype for e in found if not e.background} == {"Peaceful protest"}


def test_villagers_killed_in_an_attack_on_an_unknown_village_are_its_target():
    text = "Bandits killed nine people in an attack on Gidan Bako, residents said."
    assert classify(text) == "Attack"


def test_an_attack_on_an_army_post_stays_a_clash_whoever_died():
    assert classify("Jihadists attacked an army post near Mopti, killing three people.") == (
        "Armed clash"
    )


def test_the_name_of_an_armed_group_names_no_victims():
    text = "Fighters of the Kurdistan Workers' Party seized a village near the border."
    assert classify(text) == "Non-state actor overtakes territory"


def test_looting_in_a_lockdown_is_still_looting():
    text = "Shops were looted in the township during the COVID-19 lockdown, police said."
    assert classify(text) == "Looting/property destruction"


def test_a_fire_of_nature_destroys_without_an_event():
    assert events_of("Bushfires destroyed dozens of farms near the town.") == []


def test_every_subtype_has_ten_sentences():
    from passage.stages import events

    assert set(events.acled_types()) <= set(BY_SUBTYPE)
    assert all(len(texts) >= 10 for texts in BY_SUBTYPE.values())
