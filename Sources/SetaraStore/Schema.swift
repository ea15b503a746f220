import GRDB
import SetaraDomain

/// The database schema, as a list of migrations applied in order. Never edit a migration that
/// has shipped: add a new one.
enum Schema {
    /// The migrations, each run once, in order, recorded by name in `grdb_migrations` (the table
    /// GRDB's migrator kept, so that databases made before keep working).
    static var migrations: [(identifier: String, run: (Database) throws -> Void)] {
        var migrator = Migrations()
        migrator.registerMigration("v1: records") { db in
            try db.execute(sql: """
                CREATE TABLE setara_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

                CREATE TABLE employer (
                  id TEXT PRIMARY KEY,
                  name TEXT NOT NULL,
                  ownership TEXT NOT NULL CHECK (ownership IN ('private','bumn','bumd','government')),
                  headcount INTEGER NOT NULL CHECK (headcount > 0),
                  employees_with_disabilities INTEGER NOT NULL DEFAULT 0 CHECK (employees_with_disabilities >= 0),
                  sector TEXT, phone TEXT, email TEXT,
                  regency_code TEXT NOT NULL, province_code TEXT NOT NULL);
                CREATE INDEX employer_region ON employer(regency_code);
                CREATE INDEX employer_province ON employer(province_code);

                CREATE TABLE workplace (
                  id TEXT PRIMARY KEY,
                  employer_id TEXT NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
                  name TEXT NOT NULL, address TEXT,
                  regency_code TEXT NOT NULL, province_code TEXT NOT NULL,
                  features TEXT NOT NULL DEFAULT '[]',        -- JSON array of feature ids
                  accommodations TEXT NOT NULL DEFAULT '[]'); -- JSON array of catalog ids
                CREATE INDEX workplace_employer ON workplace(employer_id);
                CREATE INDEX workplace_region ON workplace(regency_code);
                CREATE INDEX workplace_province ON workplace(province_code);

                CREATE TABLE vacancy (
                  id TEXT PRIMARY KEY,
                  workplace_id TEXT NOT NULL REFERENCES workplace(id) ON DELETE CASCADE,
                  title TEXT NOT NULL, kbji TEXT NOT NULL,
                  openings INTEGER NOT NULL CHECK (openings > 0),
                  min_education TEXT NOT NULL,
                  hours_per_week INTEGER NOT NULL,
                  night_shift INTEGER NOT NULL DEFAULT 0,
                  remote TEXT NOT NULL DEFAULT 'none',
                  wage_min INTEGER, wage_max INTEGER,
                  safety_tasks TEXT NOT NULL DEFAULT '[]',
                  posted_on TEXT NOT NULL, closes_on TEXT,
                  status TEXT NOT NULL DEFAULT 'open');
                CREATE INDEX vacancy_workplace ON vacancy(workplace_id);
                CREATE INDEX vacancy_kbji ON vacancy(kbji);

                CREATE TABLE vacancy_demand (
                  vacancy_id TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
                  dimension TEXT NOT NULL,
                  level INTEGER NOT NULL,
                  PRIMARY KEY (vacancy_id, dimension)) WITHOUT ROWID;

                CREATE TABLE seeker (
                  id TEXT PRIMARY KEY,
                  nik TEXT NOT NULL UNIQUE,
                  name TEXT NOT NULL, birth_date TEXT, sex TEXT, phone TEXT, email TEXT,
                  regency_code TEXT NOT NULL, province_code TEXT NOT NULL, address TEXT,
                  education TEXT NOT NULL,
                  skills TEXT NOT NULL DEFAULT '[]',
                  preferred_occupations TEXT NOT NULL DEFAULT '[]',
                  languages TEXT NOT NULL DEFAULT '[]',
                  max_hours_per_week INTEGER,
                  night_shift_ok INTEGER NOT NULL DEFAULT 0,
                  wants_remote INTEGER NOT NULL DEFAULT 0,
                  wage_expectation INTEGER,
                  needs TEXT NOT NULL DEFAULT '[]',
                  safety_restrictions TEXT NOT NULL DEFAULT '[]',
                  consent_given INTEGER NOT NULL DEFAULT 0,
                  consent_recorded_on TEXT, consent_recorded_by TEXT,
                  registered_on TEXT NOT NULL,
                  status TEXT NOT NULL DEFAULT 'active');
                -- One index serves province and regency filters (a regency is a part of its province):
                -- each extra index costs every insert of a 100,000-record import.
                CREATE INDEX seeker_province ON seeker(province_code, regency_code);

                -- Capacity per dimension: without and with aids, where the rating came from and when.
                CREATE TABLE seeker_rating (
                  seeker_id TEXT NOT NULL REFERENCES seeker(id) ON DELETE CASCADE,
                  dimension TEXT NOT NULL,
                  without_aids INTEGER NOT NULL,
                  with_aids INTEGER NOT NULL CHECK (with_aids >= without_aids),
                  source TEXT NOT NULL,
                  assessed_on TEXT,
                  PRIMARY KEY (seeker_id, dimension)) WITHOUT ROWID;

                -- Law 8/2016 category: kept apart, only with consent, never read by matching.
                CREATE TABLE seeker_sensitive (
                  seeker_id TEXT PRIMARY KEY REFERENCES seeker(id) ON DELETE CASCADE,
                  category TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("v2: referrals and voice drafts") { db in
            try db.execute(sql: """
                CREATE TABLE referral (
                  reference TEXT PRIMARY KEY,
                  seeker_id TEXT NOT NULL REFERENCES seeker(id) ON DELETE CASCADE,
                  vacancy_id TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
                  requested_at TEXT NOT NULL,
                  channel TEXT NOT NULL CHECK (channel IN ('voice','officer')),
                  status TEXT NOT NULL DEFAULT 'requested',
                  score INTEGER);
                CREATE INDEX referral_seeker ON referral(seeker_id);
                CREATE INDEX referral_vacancy ON referral(vacancy_id);

                -- What a seeker had entered at the voice terminal when a session timed out, so that
                -- nothing is lost (WCAG 2.2.1); one per seeker, offered at their next session.
                CREATE TABLE voice_draft (
                  seeker_id TEXT PRIMARY KEY REFERENCES seeker(id) ON DELETE CASCADE,
                  kind TEXT NOT NULL,
                  payload TEXT NOT NULL,
                  saved_at TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("v3: compact demand profile on each vacancy") { db in
            // The match index reads 100,000 vacancies at once; stepping through their ~1,000,000
            // demand rows was most of that read. Each vacancy also keeps its demand as one byte
            // per dimension (`VacancyProfiles.demand`); the rows stay the record of each demand.
            try db.execute(sql: "ALTER TABLE vacancy ADD COLUMN demand_profile BLOB")
            try rebuildDemandProfiles(db)
        }
        migrator.registerMigration("v4: audit log") { db in
            // Who changed or exported which record, and when: the fields' names, never their values.
            try db.execute(sql: """
                CREATE TABLE audit (
                  id INTEGER PRIMARY KEY,
                  at TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  record_kind TEXT NOT NULL,
                  record_id TEXT,
                  fields TEXT NOT NULL DEFAULT '');
                CREATE INDEX audit_record ON audit(record_id);
                """)
        }
        migrator.registerMigration("v5: demand profiles with the mobility dimension") { db in
            // A dimension was added: every compact profile is written again in the new layout, so
            // that the match index keeps reading one column instead of a million demand rows.
            try rebuildDemandProfiles(db)
        }
        migrator.registerMigration("v6: casework") { db in
            // Issue 14: offices and officers, each seeker's case, the referral's steps, placements,
            // retention follow-ups, case notes, employer visits, employment plans and training.
            // Referrals made before keep their status; their office is the seeker's regency's, once
            // an office for it is added (`officeID` is filled when a step is taken).
            try db.execute(sql: """
                CREATE TABLE labour_office (
                  id TEXT PRIMARY KEY,
                  name TEXT NOT NULL,
                  regency_code TEXT NOT NULL);
                CREATE INDEX labour_office_regency ON labour_office(regency_code);

                CREATE TABLE officer (
                  username TEXT PRIMARY KEY,
                  name TEXT NOT NULL,
                  office_id TEXT NOT NULL REFERENCES labour_office(id));

                CREATE TABLE case_file (
                  seeker_id TEXT PRIMARY KEY REFERENCES seeker(id) ON DELETE CASCADE,
                  office_id TEXT NOT NULL REFERENCES labour_office(id),
                  officer TEXT NOT NULL,
                  opened_on TEXT NOT NULL,
                  jkp_from TEXT, jkp_until TEXT,
                  card_reported_on TEXT,              -- the AK/1 card's latest 6-monthly report
                  -- Copies of the seeker's registration day and whether they are active, kept by the
                  -- triggers below, so that the due list reads an office's cards from one index.
                  card_registered_on TEXT,
                  seeker_active INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX case_file_office ON case_file(office_id, officer, seeker_active, card_registered_on, card_reported_on,
                                                           jkp_from, seeker_id);
                CREATE TRIGGER case_file_seeker_insert AFTER INSERT ON case_file BEGIN
                  UPDATE case_file SET card_registered_on = (SELECT registered_on FROM seeker WHERE id = NEW.seeker_id),
                                       seeker_active = coalesce((SELECT status = 'active' FROM seeker WHERE id = NEW.seeker_id), 0)
                  WHERE seeker_id = NEW.seeker_id;
                END;
                CREATE TRIGGER case_file_seeker_update AFTER UPDATE OF registered_on, status ON seeker BEGIN
                  UPDATE case_file SET card_registered_on = NEW.registered_on, seeker_active = (NEW.status = 'active')
                  WHERE seeker_id = NEW.id;
                END;

                ALTER TABLE referral ADD COLUMN office_id TEXT;
                ALTER TABLE referral ADD COLUMN status_on TEXT;
                ALTER TABLE referral ADD COLUMN interview_on TEXT;
                -- The due list reads the open referrals of one office.
                CREATE INDEX referral_office ON referral(office_id, status, status_on);

                -- Every step of a referral, dated and signed; nothing is overwritten.
                CREATE TABLE referral_step (
                  id INTEGER PRIMARY KEY,
                  reference TEXT NOT NULL REFERENCES referral(reference) ON DELETE CASCADE,
                  status TEXT NOT NULL,
                  on_day TEXT NOT NULL,
                  officer TEXT NOT NULL,
                  reason TEXT, interview_on TEXT, place TEXT,
                  accommodations TEXT NOT NULL DEFAULT '[]',
                  consent_to_share INTEGER);
                CREATE INDEX referral_step_reference ON referral_step(reference);

                CREATE TABLE placement (
                  id TEXT PRIMARY KEY,
                  seeker_id TEXT NOT NULL REFERENCES seeker(id) ON DELETE CASCADE,
                  referral TEXT NOT NULL UNIQUE REFERENCES referral(reference),
                  employer_id TEXT NOT NULL REFERENCES employer(id),
                  workplace_id TEXT NOT NULL REFERENCES workplace(id),
                  vacancy_id TEXT NOT NULL REFERENCES vacancy(id),
                  job_title TEXT NOT NULL, kbji TEXT NOT NULL,
                  start_on TEXT NOT NULL,
                  wage INTEGER, hours_per_week INTEGER,
                  contract TEXT NOT NULL CHECK (contract IN ('pkwt','pkwtt','daily','apprenticeship')),
                  accommodations TEXT NOT NULL DEFAULT '[]',
                  officer TEXT NOT NULL,
                  office_id TEXT,
                  ended_on TEXT, end_reason TEXT);
                CREATE INDEX placement_seeker ON placement(seeker_id);
                CREATE INDEX placement_vacancy ON placement(vacancy_id);

                CREATE TABLE follow_up (
                  placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
                  seeker_id TEXT NOT NULL,
                  month INTEGER NOT NULL,
                  due_on TEXT NOT NULL,
                  state TEXT NOT NULL DEFAULT 'due' CHECK (state IN ('due','done','closed')),
                  done_on TEXT, officer TEXT,
                  result TEXT CHECK (result IN ('same_employer','other_employer','not_working','unreachable')),
                  wage INTEGER, accommodations_work INTEGER, problems TEXT, next_step TEXT,
                  office_id TEXT,
                  PRIMARY KEY (placement_id, month));
                CREATE INDEX follow_up_due ON follow_up(office_id, due_on) WHERE state = 'due';
                CREATE INDEX follow_up_seeker ON follow_up(seeker_id);

                -- Sensitive (UU 27/2022): never exported, never shown to employers.
                CREATE TABLE case_note (
                  id INTEGER PRIMARY KEY,
                  seeker_id TEXT NOT NULL REFERENCES seeker(id) ON DELETE CASCADE,
                  on_day TEXT NOT NULL, officer TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX case_note_seeker ON case_note(seeker_id);

                CREATE TABLE employer_visit (
                  id INTEGER PRIMARY KEY,
                  employer_id TEXT NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
                  office_id TEXT,
                  on_day TEXT NOT NULL, officer TEXT NOT NULL,
                  kind TEXT NOT NULL CHECK (kind IN ('visit','call','online')),
                  purpose TEXT NOT NULL, result TEXT,
                  vacancies_obtained INTEGER NOT NULL DEFAULT 0,
                  next_on TEXT);
                CREATE INDEX employer_visit_employer ON employer_visit(employer_id);
                CREATE INDEX employer_visit_office ON employer_visit(office_id, next_on);

                -- Every version of a seeker's individual employment plan is kept.
                CREATE TABLE employment_plan (
                  seeker_id TEXT NOT NULL REFERENCES seeker(id) ON DELETE CASCADE,
                  version INTEGER NOT NULL,
                  on_day TEXT NOT NULL, officer TEXT NOT NULL,
                  goals TEXT NOT NULL DEFAULT '[]',
                  accommodations TEXT NOT NULL DEFAULT '[]',
                  services TEXT NOT NULL DEFAULT '[]',
                  review_on TEXT,
                  office_id TEXT,
                  PRIMARY KEY (seeker_id, version));
                CREATE INDEX employment_plan_review ON employment_plan(office_id, review_on);

                -- Training referrals (a BLK or another institution), linked to the plan's version.
                CREATE TABLE training (
                  id INTEGER PRIMARY KEY,
                  seeker_id TEXT NOT NULL REFERENCES seeker(id) ON DELETE CASCADE,
                  institution TEXT NOT NULL, programme TEXT NOT NULL,
                  start_on TEXT NOT NULL, end_on TEXT,
                  result TEXT NOT NULL DEFAULT 'enrolled' CHECK (result IN ('enrolled','completed','certified','dropped_out')),
                  result_on TEXT,
                  plan_version INTEGER,
                  officer TEXT NOT NULL,
                  office_id TEXT);
                CREATE INDEX training_seeker ON training(seeker_id);
                CREATE INDEX training_office ON training(office_id, end_on) WHERE result = 'enrolled';
                """)
        }
        migrator.registerMigration("v7: web accounts and sessions") { db in
            try WebAccountsSchema.create(db)
        }
        migrator.registerMigration("v8: each referral step names its seeker") { db in
            // The outcomes report counts every step of every referral by its seeker. Joining two
            // million steps to their referrals by reference took 12 s of a 22 s report
            // (docs/benchmarks.md); with the seeker on the step the report reads each table once,
            // straight through. A trigger fills it on every insert, whichever path writes the step.
            try db.execute(sql: """
                ALTER TABLE referral_step ADD COLUMN seeker_id TEXT;
                UPDATE referral_step SET seeker_id = (SELECT r.seeker_id FROM referral r WHERE r.reference = referral_step.reference);
                CREATE TRIGGER referral_step_seeker AFTER INSERT ON referral_step WHEN NEW.seeker_id IS NULL
                BEGIN
                  UPDATE referral_step SET seeker_id = (SELECT r.seeker_id FROM referral r WHERE r.reference = NEW.reference)
                  WHERE id = NEW.id;
                END;
                CREATE INDEX referral_step_seeker ON referral_step(seeker_id);
                """)
        }
        // The day a seeker confirmed, at the voice terminal, that they will come to the interview.
        migrator.registerMigration("v9: interview confirmed by the seeker") { db in
            try db.execute(sql: "ALTER TABLE referral ADD COLUMN interview_confirmed_on TEXT")
        }
        // Who of an employer's workers work short hours and who has a severe disability, so that a
        // quota rule that weighs them (Japan's) counts the real workforce (docs/reports.md). Parts
        // of the headcount and of the workers with disabilities; 0 for every employer stored before.
        migrator.registerMigration("v10: employer workforce breakdown") { db in
            try db.execute(sql: """
                ALTER TABLE employer ADD COLUMN short_time_workers INTEGER NOT NULL DEFAULT 0 CHECK (short_time_workers >= 0);
                ALTER TABLE employer ADD COLUMN short_time_with_disabilities INTEGER NOT NULL DEFAULT 0 CHECK (short_time_with_disabilities >= 0);
                ALTER TABLE employer ADD COLUMN with_severe_disabilities INTEGER NOT NULL DEFAULT 0 CHECK (with_severe_disabilities >= 0);
                ALTER TABLE employer ADD COLUMN short_time_with_severe_disabilities INTEGER NOT NULL DEFAULT 0
                  CHECK (short_time_with_severe_disabilities >= 0);
                """)
        }
        // The outcomes report for all offices reads every step, referral and follow-up of two
        // periods by day. These indexes hold exactly the columns it reads, ordered by day, so
        // SQLite reads the period's rows from them alone: a fifth to a third of the pages of the
        // tables, and about a tenth less of the report's processor time (docs/benchmarks.md).
        migrator.registerMigration("v11: day indexes for the outcomes report") { db in
            try db.execute(sql: """
                CREATE INDEX referral_step_day ON referral_step(on_day, seeker_id, status);
                CREATE INDEX referral_day ON referral(requested_at, seeker_id);
                CREATE INDEX follow_up_day ON follow_up(due_on, placement_id, month, state, result, wage);
                """)
        }
        // Every referral made since casework (v6) has its "requested" step, on the office's day
        // (WIB); one made before has none. Each gets it now, on the day its request time falls
        // on in WIB, so that the step list alone says when every referral was made: the outcomes
        // report counts referrals from the steps and no longer reads the referral table (a
        // million rows), nor its day index (docs/benchmarks.md).
        migrator.registerMigration("v12: every referral has its requested step") { db in
            try db.execute(sql: """
                INSERT INTO referral_step (reference, status, on_day, officer, seeker_id)
                  SELECT r.reference, 'requested', coalesce(date(r.requested_at, '+7 hours'), substr(r.requested_at, 1, 10)), '', r.seeker_id
                  FROM referral r
                  WHERE NOT EXISTS (SELECT 1 FROM referral_step st WHERE st.reference = r.reference AND st.status = 'requested');
                DROP INDEX referral_day;
                """)
        }
        return migrator.list
    }

    /// Writes every vacancy's compact demand profile from its demand rows, in this version's
    /// layout, and records the layout.
    static func rebuildDemandProfiles(_ db: Database) throws {
        var profiles: [String: [FunctionalDimension: Int]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT vacancy_id, dimension, level FROM vacancy_demand")
        while let row = try rows.next() {
            guard let dimension = FunctionalDimension(rawValue: row[1]) else { continue }
            profiles[row[0], default: [:]][dimension] = row[2]
        }
        let update = try db.makeStatement(sql: "UPDATE vacancy SET demand_profile = ? WHERE id = ?")
        for id in try String.fetchAll(db, sql: "SELECT id FROM vacancy") {
            try update.execute(arguments: [DemandProfile.bytes(profiles[id] ?? [:]), id])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO setara_meta (key, value) VALUES (?, ?)",
                       arguments: [DemandProfile.layoutKey, DemandProfile.layout])
    }

    private struct Migrations {
        var list: [(identifier: String, run: (Database) throws -> Void)] = []
        mutating func registerMigration(_ identifier: String, _ run: @escaping (Database) throws -> Void) {
            list.append((identifier, run))
        }
    }

    /// Brings the database up to date. A database already up to date is only read, so that a
    /// read-only command never waits for another program's write. Otherwise every missing
    /// migration runs in one IMMEDIATE transaction, which reads what was applied after taking
    /// the write lock: two processes opening a new file at once cannot both create the tables.
    /// A SQLite file with tables but none of Setara's is refused, never given Setara's tables.
    static func migrate(_ queue: any DatabaseWriter, path: String, upTo last: String? = nil) throws {
        var all = migrations
        if let last, let end = all.firstIndex(where: { $0.identifier == last }) { all = Array(all[...end]) }
        func applied(_ db: Database) throws -> Set<String>? {
            guard try db.tableExists("grdb_migrations") else {
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if tables > 0 { throw StoreError(.notSetara, path: path, detail: "not a Setara database") }
                return nil
            }
            return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        let known = Set(all.map(\.identifier))
        let done = try queue.read { try applied($0) }
        if let done, !done.subtracting(known).isEmpty {
            throw StoreError(.newerSchema, path: path, detail: "made by a newer Setara")
        }
        if let done, known.isSubset(of: done) { return }
        try queue.write { db in
            let done = try applied(db) ?? []
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for migration in all where !done.contains(migration.identifier) {
                try migration.run(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
            }
        }
    }
}
