#!/usr/bin/env python3
"""The experiment that led to the coach's sentence reader (docs/coach.md, "Sentences"); the reader itself is
now in the coach (`sameside coach-model evaluate` measures it). This replica reads each sentence through the
message measures of the sentence coached alone, not the sentence loop's own measures, so its figures differ
slightly from the coach's.

    python3 scripts/coach-sentence-reader.py .build/release/sameside

Needs numpy and scipy. Reads the corpus (Tests/Fixtures/coach/corpus/messages.jsonl) and its sentence labels
(sentences.jsonl), asks `sameside coach-model features` for every message's measures and for every seller
sentence's measures (each sentence coached alone, as a note), then, in ten folds by source page (the coach's
own folds), fits:

  1. a sentence reader: multinomial logistic regression (us / neither / them) over a sentence's measures and
     its 300 most used lexicon words, on the sentences both readers agree on;
  2. the message model the coach fits (ordinal logistic regression, lambda 0.3, mixed weight 0.4, 300 words),
     with and without six more measures made from the reader's probabilities (word-weighted and plain means
     of P(us) and P(them), and both for the first sentence of four words or more). The fitting messages get
     those measures from readers fitted in five inner folds, so no message is judged by a reader that saw it.

Prints the reader's out-of-fold agreement with the readers and the message figures on the clear labels.
"""
import collections
import json
import subprocess
import sys
import tempfile

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, logsumexp

ROOT = "Tests/Fixtures/coach/corpus/"
LABELS = {"seller-centric": 0, "mixed": 1, "customer-centric": 2}
SENTENCE_LABELS = {"us": 0, "neither": 1, "them": 2}


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def fnv(text):
    h = 0xCBF29CE484222325
    for byte in text.encode():
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h or 1


def folds(sources, count):
    """The coach's folds (CoachModelTraining.folds): whole pages, largest first, to the emptiest fold."""
    sizes = collections.Counter(sources)
    pages = sorted(sizes, key=lambda p: (-sizes[p], fnv(p), p))
    load, fold_of = [0] * count, {}
    for page in pages:
        best = min(range(count), key=lambda f: (load[f], f))
        fold_of[page] = best
        load[best] += sizes[page]
    return np.array([fold_of[s] for s in sources])


def standardise(x):
    mean, sd = x.mean(0), x.std(0)
    sd[sd < 1e-9] = 1
    return mean, sd


def fit_ordinal(x, y, lam=0.3, mixed_weight=0.4):
    """The coach's fit: standardised measures, L2, mixed messages weighing less, two thresholds."""
    n, d = x.shape
    mean, sd = standardise(x)
    z = (x - mean) / sd
    w8 = np.where(y == 1, mixed_weight, 1.0)
    total = w8.sum()

    def loss(t):
        w, a, b = t[:d], t[d], t[d] + np.exp(t[d + 1])
        s = z @ w
        pa, pb = expit(a - s), expit(b - s)
        p = np.maximum(np.where(y == 0, pa, np.where(y == 1, pb - pa, 1 - pb)), 1e-12)
        d1 = w8 * np.where(y == 0, -(1 - pa), np.where(y == 1, pa * (1 - pa) / p, 0))
        d2 = w8 * np.where(y == 2, pb, np.where(y == 1, -pb * (1 - pb) / p, 0))
        grad = np.zeros(d + 2)
        grad[:d] = z.T @ (-(d1 + d2)) / total + lam * w
        grad[d] = (d1.sum() + d2.sum()) / total
        grad[d + 1] = d2.sum() / total * np.exp(t[d + 1])
        return -(w8 * np.log(p)).sum() / total + 0.5 * lam * (w * w).sum(), grad

    start = np.zeros(d + 2)
    start[d], start[d + 1] = -1, np.log(2)
    t = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 3000}).x
    a, b = t[d], t[d] + np.exp(t[d + 1])

    def verdict(xn):
        points = np.clip(np.round(40 + 20 * (((xn - mean) / sd) @ t[:d] - a) / (b - a)), 0, 100)
        return np.where(points >= 60, 2, np.where(points < 40, 0, 1))

    return verdict


def fit_softmax(x, y, lam=0.1):
    n, d = x.shape
    mean, sd = standardise(x)
    z = (x - mean) / sd
    onehot = np.eye(3)[y]

    def loss(t):
        w, b = t[: d * 3].reshape(d, 3), t[d * 3 :]
        logits = z @ w + b
        p = np.exp(logits - logsumexp(logits, axis=1, keepdims=True))
        g = (p - onehot) / n
        value = -(onehot * np.log(p + 1e-12)).sum() / n + 0.5 * lam * (w * w).sum()
        return value, np.concatenate([(z.T @ g + lam * w).ravel(), g.sum(0)])

    t = minimize(loss, np.zeros(d * 3 + 3), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    w, b = t[: d * 3].reshape(d, 3), t[d * 3 :]

    def probabilities(xn):
        logits = ((xn - mean) / sd) @ w + b
        return np.exp(logits - logsumexp(logits, axis=1, keepdims=True))

    return probabilities


def vocabulary(word_sets, rows, limit=300, minimum=5):
    uses = collections.Counter(w for i in rows for w in word_sets[i])
    chosen = sorted((w for w, c in uses.items() if c >= minimum), key=lambda w: (-uses[w], w))
    return chosen[:limit]


def with_words(dense, word_sets, vocab):
    words = np.array([[1.0 if w in s else 0.0 for w in vocab] for s in word_sets]).reshape(len(word_sets), len(vocab))
    return np.hstack([dense, words])


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/sameside"

    def features(corpus):
        out = subprocess.run([binary, "coach-model", "features", "--corpus", corpus], check=True, capture_output=True)
        return jsonl(out.stdout.decode())

    messages = features(ROOT + "messages.jsonl")
    corpus = {m["id"]: m for m in jsonl(open(ROOT + "messages.jsonl", encoding="utf-8").read())}
    labelled = jsonl(open(ROOT + "sentences.jsonl", encoding="utf-8").read())
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for s in labelled:
            m = corpus[s["id"]]
            f.write(json.dumps({"id": f"{s['id']}#{s['n']}", "kind": "note", "label": m["label"],
                                "source": m["source"], "text": s["text"]}, ensure_ascii=False) + "\n")
    sentences = features(f.name)

    names = list(messages[0]["dense"])
    x_msg = np.array([[m["dense"][k] for k in names] for m in messages])
    w_msg = [set(m["words"]) for m in messages]
    y = np.array([LABELS[m["label"]] for m in messages])
    index = {m["id"]: i for i, m in enumerate(messages)}
    owner = np.array([index[s["id"]] for s in labelled])
    x_sen = np.array([[s["dense"][k] for k in names] for s in sentences])
    w_sen = [set(s["words"]) for s in sentences]
    y_sen = np.array([SENTENCE_LABELS.get(s["label"], -1) for s in labelled])
    length = np.array([max(1.0, np.expm1(s["dense"]["words"])) for s in sentences])
    sources = [m["source"] for m in messages]
    fold = folds(sources, 10)

    def reader(fit_messages, target):
        rows = np.where(np.isin(owner, fit_messages) & (y_sen >= 0))[0]
        x = with_words(x_sen, w_sen, vocabulary(w_sen, rows))
        probabilities = fit_softmax(x[rows], y_sen[rows])
        return probabilities(x[target])

    def aggregates(p):
        out = np.zeros((len(messages), 6))
        for m in range(len(messages)):
            rows = np.where(owner == m)[0]
            if len(rows) == 0:
                continue
            w = length[rows]
            first = next((r for r in rows if length[r] >= 4), rows[0])
            out[m] = [(p[rows, 0] * w).sum() / w.sum(), (p[rows, 2] * w).sum() / w.sum(), p[rows, 0].mean(),
                      p[rows, 2].mean(), p[first, 0], p[first, 2]]
        return out

    def report(name, predicted):
        clear = y != 1
        right = (predicted == y)[clear].sum()
        opposite = ((predicted != 1) & (predicted != y))[clear].sum()
        print(f"{name}: {right}/{clear.sum()} = {100 * right / clear.sum():.1f} % right, "
              f"{opposite} = {100 * opposite / clear.sum():.1f} % opposite")

    base, augmented = np.ones(len(messages), int), np.ones(len(messages), int)
    read_right = read_total = 0
    for k in range(10):
        fit_rows, test_rows = np.where(fold != k)[0], np.where(fold == k)[0]
        p = np.zeros((len(labelled), 3))
        inner = folds([sources[i] for i in fit_rows], 5)
        for j in range(5):
            target = np.where(np.isin(owner, fit_rows[inner == j]))[0]
            p[target] = reader(fit_rows[inner != j], target)
        target = np.where(np.isin(owner, test_rows))[0]
        p[target] = reader(fit_rows, target)
        agreed = target[y_sen[target] >= 0]
        read_right += (p[agreed].argmax(1) == y_sen[agreed]).sum()
        read_total += len(agreed)
        vocab = vocabulary(w_msg, fit_rows)
        plain = with_words(x_msg, w_msg, vocab)
        richer = np.hstack([plain, aggregates(p)])
        base[test_rows] = fit_ordinal(plain[fit_rows], y[fit_rows])(plain[test_rows])
        augmented[test_rows] = fit_ordinal(richer[fit_rows], y[fit_rows])(richer[test_rows])
    print(f"sentence reader, out of fold: {read_right}/{read_total} = {100 * read_right / read_total:.1f} % "
          "agree with both readers")
    report("messages, the coach's measures", base)
    report("messages, plus the sentence reader", augmented)


if __name__ == "__main__":
    main()
