-- Content entries (guides, procedures, laws, agreements, FAQs, news) with a working copy per
-- language, sources, and every published version kept. Twin files with identical text for SQLite
-- and PostgreSQL.

CREATE TABLE content_entry (
    id            TEXT PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('guide', 'procedure', 'law', 'agreement', 'faq', 'news')),
    -- The organisation accountable for keeping it right.
    owner_id      TEXT NOT NULL REFERENCES organisation (id),
    -- Space-padded lists (' KH TH ', ' KH-TH ', ' contracts health ').
    countries     TEXT NOT NULL DEFAULT '',
    corridors     TEXT NOT NULL DEFAULT '',
    topics        TEXT NOT NULL DEFAULT '',
    -- The language the text is written in first; translations follow it.
    source_locale TEXT NOT NULL,
    review_days   BIGINT NOT NULL CHECK (review_days BETWEEN 1 AND 3650),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
    -- Bumped by every change: a save that started from an older revision is refused, not lost.
    revision      BIGINT NOT NULL DEFAULT 1,
    -- Who last changed the text (audit actor): someone else publishes it.
    last_editor   TEXT NOT NULL,
    verified_on   TEXT,
    verified_by   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX content_entry_owner ON content_entry (owner_id, status);

-- The working copy of each language. `revision` counts changes to this text; a translation's
-- `based_on` is the source text's revision it follows.
CREATE TABLE content_text (
    entry_id   TEXT NOT NULL REFERENCES content_entry (id),
    locale     TEXT NOT NULL,
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    revision   BIGINT NOT NULL DEFAULT 1,
    based_on   BIGINT NOT NULL DEFAULT 1,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, locale)
);

CREATE TABLE content_source (
    entry_id     TEXT NOT NULL REFERENCES content_entry (id),
    seq          BIGINT NOT NULL,
    publisher    TEXT NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    published_on TEXT,
    PRIMARY KEY (entry_id, seq)
);

-- Every published version, as readers saw it (rendered, with its sources), from `publish_at`.
CREATE TABLE content_version (
    entry_id     TEXT NOT NULL REFERENCES content_entry (id),
    version      BIGINT NOT NULL,
    publish_at   TEXT NOT NULL,
    published_by TEXT NOT NULL,
    snapshot     TEXT NOT NULL,
    PRIMARY KEY (entry_id, version)
);
CREATE INDEX content_version_public ON content_version (entry_id, publish_at);
