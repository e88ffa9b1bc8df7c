"""The first schema: articles, rejects, events, reports, event versions, evidence, tolls, actors, places.

Revision ID: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('inter', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=512), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    op.create_index(op.f('ix_articles_doc_id'), 'articles', ['doc_id'], unique=False)
    op.create_table('event_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('change', sa.String(length=10), nullable=False),
    sa.Column('doc_id', sa.String(length=512), nullable=True),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'version', name='uq_event_versions_event_version')
    )
    op.create_index(op.f('ix_event_versions_at'), 'event_versions', ['at'], unique=False)
    op.create_table('events',
    sa.Column('event_id', sa.String(length=80), nullable=False),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.Column('iso3', sa.String(length=3), nullable=True),
    sa.Column('country', sa.String(length=120), nullable=True),
    sa.Column('event_type', sa.String(length=80), nullable=False),
    sa.Column('sub_event_type', sa.String(length=80), nullable=False),
    sa.Column('actor1', sa.String(length=200), nullable=True),
    sa.Column('actor2', sa.String(length=200), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('place_key', sa.String(length=400), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=False),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('last_published', sa.String(length=10), nullable=True),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('event_id')
    )
    op.create_index('ix_events_iso3_date', 'events', ['iso3', 'event_date'], unique=False)
    op.create_index(op.f('ix_events_updated_at'), 'events', ['updated_at'], unique=False)
    op.create_table('places',
    sa.Column('place_key', sa.String(length=400), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=120), nullable=True),
    sa.Column('iso3', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('admin2', sa.String(length=200), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geonames_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('place_key')
    )
    op.create_table('rejects',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('doc_id', sa.String(length=512), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('evidence',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=80), nullable=False),
    sa.Column('doc_id', sa.String(length=512), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_evidence_article_id'), 'evidence', ['article_id'], unique=False)
    op.create_index(op.f('ix_evidence_event_id'), 'evidence', ['event_id'], unique=False)
    op.create_table('reports',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=512), nullable=False),
    sa.Column('event_id', sa.String(length=80), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_reports_article_id'), 'reports', ['article_id'], unique=False)
    op.create_index(op.f('ix_reports_event_id'), 'reports', ['event_id'], unique=False)
    op.create_table('tolls',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=512), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('low', sa.Integer(), nullable=True),
    sa.Column('best', sa.Integer(), nullable=True),
    sa.Column('high', sa.Integer(), nullable=True),
    sa.Column('qualifier', sa.String(length=20), nullable=False),
    sa.Column('group', sa.String(length=200), nullable=True),
    sa.Column('period_start', sa.String(length=10), nullable=True),
    sa.Column('period_end', sa.String(length=10), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=True),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_tolls_article_id'), 'tolls', ['article_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_tolls_article_id'), table_name='tolls')
    op.drop_table('tolls')
    op.drop_index(op.f('ix_reports_event_id'), table_name='reports')
    op.drop_index(op.f('ix_reports_article_id'), table_name='reports')
    op.drop_table('reports')
    op.drop_index(op.f('ix_evidence_event_id'), table_name='evidence')
    op.drop_index(op.f('ix_evidence_article_id'), table_name='evidence')
    op.drop_table('evidence')
    op.drop_table('rejects')
    op.drop_table('places')
    op.drop_index(op.f('ix_events_updated_at'), table_name='events')
    op.drop_index('ix_events_iso3_date', table_name='events')
    op.drop_table('events')
    op.drop_index(op.f('ix_event_versions_at'), table_name='event_versions')
    op.drop_table('event_versions')
    op.drop_index(op.f('ix_articles_doc_id'), table_name='articles')
    op.drop_table('articles')
    op.drop_table('actors')
