// The schema steps: version 1 as the first release wrote it, and the migrations since.
#include "record/sqlite/migrations.h"

namespace kokuho::record::sqlite {

namespace {

// Version 1: batches in generation order, their documents with status, pull-out and
// delivery, the link of a replacement (差替分) to the document it replaces, and the
// registrations of delivery (交付履歴登録).
const char* const version_1 = R"sql(
CREATE TABLE batches (
    generation INTEGER PRIMARY KEY,
    batch_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('annual', 'replacement')),
    reference_date TEXT NOT NULL,
    config_fingerprint TEXT NOT NULL,
    parent_batch_id TEXT REFERENCES batches (batch_id),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((kind = 'replacement') = (parent_batch_id IS NOT NULL))
);
CREATE INDEX batches_parent ON batches (parent_batch_id);

CREATE TABLE documents (
    batch_id TEXT NOT NULL REFERENCES batches (batch_id),
    seq INTEGER NOT NULL,
    household_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    form TEXT NOT NULL,
    variant TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    valid_until_reason TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    mail_address TEXT NOT NULL,
    head_name TEXT NOT NULL,
    ratio TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'generated'
        CHECK (status IN ('generated', 'pulled', 'delivered')),
    pulled_on TEXT,
    pull_reasons TEXT NOT NULL DEFAULT '',
    delivered_on TEXT,
    replaces_batch TEXT,
    replaces_seq INTEGER,
    PRIMARY KEY (batch_id, seq),
    FOREIGN KEY (replaces_batch, replaces_seq) REFERENCES documents (batch_id, seq)
) WITHOUT ROWID;
CREATE INDEX documents_person ON documents (person_id);
CREATE INDEX documents_household ON documents (household_id);
CREATE UNIQUE INDEX documents_replaces ON documents (replaces_batch, replaces_seq)
    WHERE replaces_batch IS NOT NULL;

CREATE TABLE registrations (
    batch_id TEXT PRIMARY KEY REFERENCES batches (batch_id),
    on_date TEXT NOT NULL,
    delivered INTEGER NOT NULL,
    pulled INTEGER NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
)sql";

// Version 2: batches of any document family and kind, with the first day of the cycle they
// issue for; more document statuses; the values a family compares kept as name and value
// (document_values) instead of five fixed columns. Tables whose CHECKs change are rebuilt
// (create, copy, drop, rename). Version 1 knew only the eligibility family (資格確認書):
// its cycle starts on the validity of the batch's first document, and its compared
// columns become the values that family compares, in its order.
const char* const version_2 = R"sql(
CREATE TABLE batches_v2 (
    generation INTEGER PRIMARY KEY,
    batch_id TEXT NOT NULL UNIQUE,
    family TEXT NOT NULL CHECK (family <> '' AND family NOT GLOB '*[^a-z_]*'),
    kind TEXT NOT NULL CHECK (kind <> '' AND kind NOT GLOB '*[^a-z_]*'),
    reference_date TEXT NOT NULL,
    config_fingerprint TEXT NOT NULL,
    parent_batch_id TEXT REFERENCES batches (batch_id),
    cycle_start TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (kind <> 'annual' OR parent_batch_id IS NULL),
    CHECK (kind <> 'replacement' OR parent_batch_id IS NOT NULL)
);
INSERT INTO batches_v2 (generation, batch_id, family, kind, reference_date, config_fingerprint,
                        parent_batch_id, cycle_start, recorded_at)
SELECT generation, batch_id, 'eligibility', kind, reference_date, config_fingerprint,
       parent_batch_id,
       coalesce(nullif((SELECT valid_from FROM documents AS d WHERE d.batch_id = b.batch_id
                        ORDER BY seq LIMIT 1), ''), reference_date),
       recorded_at
FROM batches AS b;
CREATE TABLE documents_v2 (
    batch_id TEXT NOT NULL REFERENCES batches (batch_id),
    seq INTEGER NOT NULL,
    household_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    form TEXT NOT NULL,
    variant TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    valid_until_reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'generated' CHECK (status IN
        ('generated', 'pulled', 'delivered', 'returned', 'reissued', 'collected', 'expired')),
    pulled_on TEXT,
    pull_reasons TEXT NOT NULL DEFAULT '',
    delivered_on TEXT,
    replaces_batch TEXT,
    replaces_seq INTEGER,
    PRIMARY KEY (batch_id, seq),
    FOREIGN KEY (replaces_batch, replaces_seq) REFERENCES documents (batch_id, seq)
) WITHOUT ROWID;
INSERT INTO documents_v2 (batch_id, seq, household_id, person_id, form, variant, valid_from,
                          valid_until, valid_until_reason, status, pulled_on, pull_reasons,
                          delivered_on, replaces_batch, replaces_seq)
SELECT batch_id, seq, household_id, person_id, form, variant, valid_from, valid_until,
       valid_until_reason, status, pulled_on, pull_reasons, delivered_on, replaces_batch,
       replaces_seq
FROM documents;
CREATE TABLE document_values (
    batch_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (batch_id, seq, name),
    FOREIGN KEY (batch_id, seq) REFERENCES documents (batch_id, seq)
) WITHOUT ROWID;
INSERT INTO document_values (batch_id, seq, name, value, position)
SELECT batch_id, seq, 'name', name, 0 FROM documents
UNION ALL SELECT batch_id, seq, 'address', address, 1 FROM documents
UNION ALL SELECT batch_id, seq, 'mail_address', mail_address, 2 FROM documents
UNION ALL SELECT batch_id, seq, 'head', head_name, 3 FROM documents
UNION ALL SELECT batch_id, seq, 'ratio', ratio, 4 FROM documents
UNION ALL SELECT batch_id, seq, 'form', form, 5 FROM documents
UNION ALL SELECT batch_id, seq, 'variant', variant, 6 FROM documents
UNION ALL SELECT batch_id, seq, 'validity', valid_from || '|' || valid_until, 7 FROM documents;
DROP TABLE documents;
DROP TABLE batches;
ALTER TABLE batches_v2 RENAME TO batches;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE INDEX batches_parent ON batches (parent_batch_id);
CREATE INDEX batches_cycle ON batches (family, cycle_start);
CREATE INDEX documents_person ON documents (person_id);
CREATE INDEX documents_household ON documents (household_id);
CREATE UNIQUE INDEX documents_replaces ON documents (replaces_batch, replaces_seq)
    WHERE replaces_batch IS NOT NULL;
)sql";

// Version 3: the runs that produce a batch's files or a pull-out, reserved before they
// produce anything (one run per piece of work) and finished when their folder is in place;
// each pulled-out document names the pull-out run that pulled it, so that a run killed
// after recording can write its files at last. Pulls of version 2 have no run: their
// files were written when they were recorded.
const char* const version_3 = R"sql(
CREATE TABLE runs (
    run_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind <> '' AND kind NOT GLOB '*[^a-z_]*'),
    batch_id TEXT NOT NULL,
    process TEXT NOT NULL,
    out_dir TEXT NOT NULL,
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at TEXT
) WITHOUT ROWID;
CREATE INDEX runs_batch ON runs (batch_id, kind);
ALTER TABLE documents ADD COLUMN pulled_by TEXT REFERENCES runs (run_id);
CREATE INDEX documents_pulled_by ON documents (pulled_by) WHERE pulled_by IS NOT NULL;
)sql";

// Version 4: the co-payment ratio judgments (負担割合判定, 5.6.1), every run's kept (the latest
// of a person and cycle is the one the yearly runs use), the minors counts registered for them
// (5.5.2) and the answers to inquiries to other municipalities (5.5.1).
const char* const version_4 = R"sql(
CREATE TABLE judgments (
    generation INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    household_id TEXT NOT NULL,
    cycle_start TEXT NOT NULL,
    judgment_day TEXT NOT NULL,
    ratio TEXT NOT NULL CHECK (ratio IN ('2', '3', 'pending')),
    rule TEXT NOT NULL CHECK (rule <> '' AND rule NOT GLOB '*[^a-z_0-9]*'),
    figures TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (run_id, person_id)
);
CREATE INDEX judgments_cycle ON judgments (cycle_start, person_id, generation);
CREATE TABLE minors_counts (
    generation INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL,
    household_id TEXT NOT NULL,
    cycle_start TEXT NOT NULL,
    under_16 INTEGER NOT NULL CHECK (under_16 BETWEEN 0 AND 99),
    age_16_to_18 INTEGER NOT NULL CHECK (age_16_to_18 BETWEEN 0 AND 99),
    source TEXT NOT NULL CHECK (source IN ('derived', 'given')),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (registration_id, household_id)
);
CREATE INDEX minors_household ON minors_counts (household_id, cycle_start, generation);
CREATE TABLE inquiry_answers (
    generation INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    cycle_start TEXT NOT NULL,
    answered_on TEXT NOT NULL,
    taxable_income INTEGER CHECK (taxable_income >= 0),
    income INTEGER CHECK (income >= 0),
    old_proviso_income INTEGER CHECK (old_proviso_income >= 0),
    total_income INTEGER CHECK (total_income >= 0),
    head_on_dec31 INTEGER NOT NULL CHECK (head_on_dec31 IN (0, 1)),
    under_16 INTEGER NOT NULL CHECK (under_16 BETWEEN 0 AND 99),
    age_16_to_18 INTEGER NOT NULL CHECK (age_16_to_18 BETWEEN 0 AND 99),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX answers_person ON inquiry_answers (cycle_start, person_id, generation);
)sql";

// Version 5: the inquiries sent to other municipalities (資格照会, 5.5.1), every run's kept.
const char* const version_5 = R"sql(
CREATE TABLE inquiries (
    generation INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    household_id TEXT NOT NULL,
    cycle_start TEXT NOT NULL,
    municipality_code TEXT NOT NULL CHECK (length(municipality_code) = 6 AND municipality_code NOT GLOB '*[^0-9]*'),
    sent_on TEXT NOT NULL,
    letter TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (run_id, person_id)
);
CREATE INDEX inquiries_cycle ON inquiries (cycle_start, person_id, generation);
)sql";

// Version 6: the day a delivered document was collected (回収, 5.2.4); its status becomes
// collected, which version 2 already allows.
const char* const version_6 = R"sql(
ALTER TABLE documents ADD COLUMN collected_on TEXT;
)sql";

// Version 7: applications registered in this tool (kokuho limit apply), every one kept, the
// latest of a person and snapshot column in force.
const char* const version_7 = R"sql(
CREATE TABLE applications (
    generation INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    column_key TEXT NOT NULL,
    applied_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX applications_person ON applications (column_key, person_id, generation);
)sql";

// Version 8: returned mail (返送, 5.7). A document's envelope (封筒) in its batch and the
// mailing address it was sent to, so that a return takes its envelope mates and a reissue
// knows whether the address changed (both empty for the documents of earlier versions); the
// statuses held and closed (a return kept for the counter, or of someone no longer insured)
// and superseded (by a later document, 5.11); and the returns, one per document.
const char* const version_8 = R"sql(
CREATE TABLE documents_v8 (
    batch_id TEXT NOT NULL REFERENCES batches (batch_id),
    seq INTEGER NOT NULL,
    household_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    form TEXT NOT NULL,
    variant TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    valid_until_reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'generated' CHECK (status IN
        ('generated', 'pulled', 'delivered', 'returned', 'held', 'closed', 'reissued', 'superseded',
         'collected', 'expired')),
    pulled_on TEXT,
    pull_reasons TEXT NOT NULL DEFAULT '',
    delivered_on TEXT,
    replaces_batch TEXT,
    replaces_seq INTEGER,
    pulled_by TEXT REFERENCES runs (run_id),
    collected_on TEXT,
    envelope INTEGER NOT NULL DEFAULT 0,
    mail_to TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, seq),
    FOREIGN KEY (replaces_batch, replaces_seq) REFERENCES documents (batch_id, seq)
) WITHOUT ROWID;
INSERT INTO documents_v8 (batch_id, seq, household_id, person_id, form, variant, valid_from, valid_until,
                          valid_until_reason, status, pulled_on, pull_reasons, delivered_on, replaces_batch,
                          replaces_seq, pulled_by, collected_on)
SELECT batch_id, seq, household_id, person_id, form, variant, valid_from, valid_until, valid_until_reason,
       status, pulled_on, pull_reasons, delivered_on, replaces_batch, replaces_seq, pulled_by, collected_on
FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v8 RENAME TO documents;
CREATE INDEX documents_person ON documents (person_id);
CREATE INDEX documents_household ON documents (household_id);
CREATE UNIQUE INDEX documents_replaces ON documents (replaces_batch, replaces_seq)
    WHERE replaces_batch IS NOT NULL;
CREATE INDEX documents_pulled_by ON documents (pulled_by) WHERE pulled_by IS NOT NULL;
CREATE TABLE returns (
    batch_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    returned_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    registration_id TEXT NOT NULL,
    outcome TEXT CHECK (outcome IN ('reissued', 'held', 'closed')),
    dealt_on TEXT,
    reissue_batch TEXT,
    reissue_seq INTEGER,
    new_address TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (batch_id, seq),
    FOREIGN KEY (batch_id, seq) REFERENCES documents (batch_id, seq)
) WITHOUT ROWID;
CREATE INDEX returns_open ON returns (outcome, returned_on);
)sql";

}  // namespace

const std::vector<migration>& migrations() {
    static const std::vector<migration> steps = {{1, version_1}, {2, version_2}, {3, version_3},
                                                 {4, version_4}, {5, version_5},
                                                 {6, version_6}, {7, version_7},
                                                 {8, version_8}};
    return steps;
}

}  // namespace kokuho::record::sqlite
