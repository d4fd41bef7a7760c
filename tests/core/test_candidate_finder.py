"""A candidate finder kept across batches (as a worker process keeps one) finds what a fresh one finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive import tag
from newsarchive.tag import CandidateFinder, TagConfig, TagDocument, find_candidates_batch

SENTENCES = (
    "The Orvel Harbour Authority approved the new ferry terminal on Tuesday.",
    "Shares in Quillion Motors rose 9% after the carmaker cut its forecast.",
    "Ida Berglund, the Skerry Bank coach, said her players were tired.",
    "Critics fear the move will raise energy bills for pensioners in Brennport.",
    "Azerbaijani troops and Armenian forces exchanged fire near the border.",
    "OIL PRICES HIT RECORD",
    "The oil spill closed three beaches; oil-spill clean-up crews arrived at dawn.",
)
ALIASED = TagConfig(aliases=(("Orvel Harbour Authority", "Orvel Port Authority"),))

documents = st.lists(
    st.builds(lambda title, body: TagDocument(title, "\n\n".join(body)),
              st.sampled_from(SENTENCES), st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)),
    min_size=1, max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(st.lists(documents, min_size=1, max_size=4), st.sampled_from([TagConfig(), ALIASED]))
def test_a_kept_finder_finds_what_a_fresh_one_finds(batches, config):
    kept = CandidateFinder(config)
    for batch in batches:
        assert kept.find(batch) == find_candidates_batch(batch, config)


def test_a_finder_starts_afresh_past_its_memo_limit(monkeypatch):
    batch = [TagDocument("Ferry plan approved", "\n\n".join(SENTENCES))]
    finder = CandidateFinder(ALIASED)
    expected = finder.find(batch)
    assert finder.memo_entries() > 10
    monkeypatch.setattr(tag, "MAX_MEMO_ENTRIES", 10)
    stems = finder.keys.stems
    assert finder.find(batch) == expected  # aliases re-keyed with the new memos
    assert finder.keys.stems is not stems and finder.memo_entries() > 10  # started afresh, then filled again
