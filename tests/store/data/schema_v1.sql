-- A Passage database at schema version 1, as the code before interactions wrote it
-- (passage ingest of a made-up Reuters-style article), dumped with sqlite3's iterdump.
-- tests/store/test_interactions.py loads it into a real file and opens it with today's store.
PRAGMA user_version = 1;
BEGIN TRANSACTION;
CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_source TEXT,
        published_reason TEXT,
        language TEXT,
        language_source TEXT,
        source TEXT,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL,
        layers TEXT NOT NULL
    );
INSERT INTO "articles" VALUES('a-87b875bce0c5f69c','87b875bce0c5f69c5df44ac17b90494fe87c2e841c32759d0145e2d02bef8894','Gunmen attack convoy near Gao',NULL,'Reuters','2025-03-03','given','given on the command line','en','given','article.txt','2026-12-07T12:53:15+00:00','Gunmen attack convoy near Gao

BAMAKO, March 3 (Reuters) - Gunmen attacked a supply convoy of the Malian army near Gao on Sunday, killing four soldiers, the army said in a statement.

The convoy was travelling from Gao to Ansongo when it was ambushed, according to a local official. No group claimed responsibility for the attack.
','{"sentences": [{"start": 0, "end": 29, "text": "Gunmen attack convoy near Gao"}, {"start": 31, "end": 182, "text": "BAMAKO, March 3 (Reuters) - Gunmen attacked a supply convoy of the Malian army near Gao on Sunday, killing four soldiers, the army said in a statement."}, {"start": 184, "end": 282, "text": "The convoy was travelling from Gao to Ansongo when it was ambushed, according to a local official."}, {"start": 283, "end": 330, "text": "No group claimed responsibility for the attack."}], "entities": [], "times": [{"start": 39, "end": 46, "text": "March 3", "kind": "date", "value": {"start": "2025-03-03", "end": "2025-03-03", "precision": "day"}, "anchor": "publication"}, {"start": 122, "end": 128, "text": "Sunday", "kind": "date", "value": {"start": "2025-03-02", "end": "2025-03-02", "precision": "day"}, "anchor": "publication"}], "places": [{"start": 26, "end": 29, "text": "Gao", "name": "Gao", "gazetteer_id": "geonames:2457163", "lat": 16.27167, "lon": -0.04472, "country": "ML", "admin1": "Gao", "kind": "town", "precision": 2, "score": 0.841}, {"start": 31, "end": 37, "text": "BAMAKO", "name": "Bamako", "gazetteer_id": "geonames:2460596", "lat": 12.60915, "lon": -7.97522, "country": "ML", "admin1": "Bamako", "kind": "town", "precision": 1, "score": 0.945}, {"start": 115, "end": 118, "text": "Gao", "name": "Gao", "gazetteer_id": "geonames:2457163", "lat": 16.27167, "lon": -0.04472, "country": "ML", "admin1": "Gao", "kind": "town", "precision": 2, "score": 0.841}, {"start": 215, "end": 218, "text": "Gao", "name": "Gao", "gazetteer_id": "geonames:2457163", "lat": 16.27167, "lon": -0.04472, "country": "ML", "admin1": "Gao", "kind": "town", "precision": 1, "score": 0.841}, {"start": 222, "end": 229, "text": "Ansongo", "name": "Ansongo", "gazetteer_id": "geonames:2461003", "lat": 15.6597, "lon": 0.5022, "country": "ML", "admin1": "Gao", "kind": "town", "precision": 1, "score": 0.768}], "actors": [{"start": 0, "end": 6, "text": "Gunmen", "name": "Unidentified armed group", "kind": "political militia", "is_source": false, "reason": ""}, {"start": 48, "end": 55, "text": "Reuters", "name": "Reuters", "kind": "source", "is_source": true, "reason": ""}, {"start": 59, "end": 65, "text": "Gunmen", "name": "Unidentified armed group", "kind": "political militia", "is_source": false, "reason": ""}, {"start": 98, "end": 109, "text": "Malian army", "name": "Military Forces of Mali", "kind": "state forces", "is_source": false, "reason": ""}, {"start": 143, "end": 151, "text": "soldiers", "name": "soldiers", "kind": "state forces", "is_source": false, "reason": ""}, {"start": 153, "end": 161, "text": "the army", "name": "soldiers", "kind": "state forces", "is_source": false, "reason": "coreferent with the soldiers named nearby"}, {"start": 235, "end": 237, "text": "it", "name": "soldiers", "kind": "state forces", "is_source": false, "reason": "coreferent with the soldiers named nearby"}]}');
CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        subtype TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        lat REAL,
        lon REAL,
        place_name TEXT,
        access_target TEXT,
        access_effect TEXT,
        position INTEGER NOT NULL,
        record TEXT NOT NULL
    );
INSERT INTO "events" VALUES('ev-33ca1e3b4c99cd70','a-87b875bce0c5f69c','Battles','Armed clash','2025-03-03','2025-03-03','day',16.27167,-0.04472,'Gao',NULL,NULL,0,'{"id": "ev-33ca1e3b4c99cd70", "type": "Battles", "subtype": "Armed clash", "access": null, "date": {"start": "2025-03-03", "end": "2025-03-03", "precision": "day", "text": "", "inferred": true}, "place": {"name": "Gao", "gazetteer_id": "geonames:2457163", "lat": 16.27167, "lon": -0.04472, "country": "ML", "admin1": "Gao", "precision": 2, "text": "Gao"}, "actors": [{"role": "actor", "name": "Unidentified armed group", "kind": "political militia", "text": "Gunmen"}, {"role": "target", "name": "convoy", "kind": "unidentified", "text": "convoy"}], "fatalities": null, "claims": [{"status": "asserted", "chain": ["Reuters"], "article": "a-87b875bce0c5f69c", "evidence": {"start": 0, "end": 29, "text": "Gunmen attack convoy near Gao"}, "fatalities": null}], "sources": 1, "trigger": {"start": 7, "end": 13, "text": "attack"}}');
INSERT INTO "events" VALUES('ev-e5938e57dcd43007','a-87b875bce0c5f69c','Battles','Armed clash','2025-03-02','2025-03-02','day',16.27167,-0.04472,'Gao',NULL,NULL,1,'{"id": "ev-e5938e57dcd43007", "type": "Battles", "subtype": "Armed clash", "access": null, "date": {"start": "2025-03-02", "end": "2025-03-02", "precision": "day", "text": "Sunday", "inferred": false}, "place": {"name": "Gao", "gazetteer_id": "geonames:2457163", "lat": 16.27167, "lon": -0.04472, "country": "ML", "admin1": "Gao", "precision": 2, "text": "Gao"}, "actors": [{"role": "actor", "name": "Unidentified armed group", "kind": "political militia", "text": "Gunmen"}, {"role": "target", "name": "Military Forces of Mali", "kind": "state forces", "text": "Malian army"}], "fatalities": {"min": 4, "text": "killing four", "start": 130, "end": 142, "vague": false}, "claims": [{"status": "reported", "chain": ["Reuters", "the army"], "article": "a-87b875bce0c5f69c", "evidence": {"start": 31, "end": 182, "text": "BAMAKO, March 3 (Reuters) - Gunmen attacked a supply convoy of the Malian army near Gao on Sunday, killing four soldiers, the army said in a statement."}, "fatalities": {"min": 4, "text": "killing four", "start": 130, "end": 142, "vague": false}}], "sources": 1, "trigger": {"start": 66, "end": 74, "text": "attacked"}}');
INSERT INTO "events" VALUES('ev-e9011efc58219669','a-87b875bce0c5f69c','Battles','Armed clash','2025-03-03','2025-03-03','day',15.6597,0.5022,'Ansongo',NULL,NULL,2,'{"id": "ev-e9011efc58219669", "type": "Battles", "subtype": "Armed clash", "access": null, "date": {"start": "2025-03-03", "end": "2025-03-03", "precision": "day", "text": "", "inferred": true}, "place": {"name": "Ansongo", "gazetteer_id": "geonames:2461003", "lat": 15.6597, "lon": 0.5022, "country": "ML", "admin1": "Gao", "precision": 1, "text": "Ansongo"}, "actors": [{"role": "actor", "name": "No group", "kind": "unidentified", "text": "No group"}, {"role": "target", "name": "soldiers", "kind": "state forces", "text": "it", "reason": "coreferent with the soldiers named nearby"}], "fatalities": null, "claims": [{"status": "reported", "chain": ["Reuters", "a local official"], "article": "a-87b875bce0c5f69c", "evidence": {"start": 184, "end": 282, "text": "The convoy was travelling from Gao to Ansongo when it was ambushed, according to a local official."}, "fatalities": null}, {"status": "claimed", "chain": ["Reuters"], "article": "a-87b875bce0c5f69c", "evidence": {"start": 283, "end": 330, "text": "No group claimed responsibility for the attack."}, "fatalities": null}], "sources": 1, "trigger": {"start": 242, "end": 250, "text": "ambushed"}}');
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_access ON events(access_target);
COMMIT;
