// GENERATED from cypher/model by `npm run generate`: do not edit.
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id_unique IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT working_group_id_unique IF NOT EXISTS FOR (n:WorkingGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id_unique IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id_unique IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT process_id_unique IF NOT EXISTS FOR (n:Process) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Document|Resolution|WorkingGroup|Meeting|Person|Organization|Theme|Process) ON EACH [n.name, n.aliases];
CREATE RANGE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE RANGE INDEX resolution_adopted_on IF NOT EXISTS FOR (n:Resolution) ON (n.adoptedOn);
CREATE RANGE INDEX meeting_start_date IF NOT EXISTS FOR (n:Meeting) ON (n.startDate);
