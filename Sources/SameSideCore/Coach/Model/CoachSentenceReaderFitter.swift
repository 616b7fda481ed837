import Foundation

/// Fits a ``CoachSentenceReader`` by multinomial logistic regression with an L2 penalty. Deterministic and pure.
///
/// Each sentence is its measures (``SentenceMeasures``) and the vocabulary words it uses (1 or 0 each); all are
/// standardised with the fitting set's means and standard deviations, and the mean negative log-likelihood plus
/// `λ/2·‖w‖²` is minimised by full-batch gradient descent with Nesterov momentum for a fixed number of steps
/// from zero. Words stay sparse: a standardised word column is `(x − m)/s`, so its mean part is folded into one
/// offset per reading instead of being written into every row.
public struct CoachSentenceReaderFitter: Sendable {
    public var lambda: Double
    public var steps: Int
    public var learningRate: Double
    /// How many fitting sentences must use a gram for the reader to take it (for trying others; the committed
    /// fit uses ``CoachSentenceReader/gramMinimumSentences``).
    public var gramMinimum: Int = CoachSentenceReader.gramMinimumSentences

    /// The defaults: λ = 0.3, since the reader reads grams (thousands of words and pairs; with 300 words only,
    /// 0.1 did best, and with grams 0.1 to 0.5 are within ten messages of each other out of fold, 0.3 ahead by a
    /// few, and by a few on collections left out); 200 steps, twice what the out-of-fold figures need to stop
    /// changing (60 and 100 steps give the same verdicts as 600).
    public init(lambda: Double = 0.3, steps: Int = 200, learningRate: Double = 0.2) {
        self.lambda = lambda
        self.steps = steps
        self.learningRate = learningRate
    }

    /// One labelled sentence: its measures, its distinct vocabulary indices (into the fit's `vocabulary`), and
    /// its reading (0 us, 1 neither, 2 them).
    struct Example {
        var measures: [Double]
        var words: [Int]
        var label: Int
    }

    /// The reader fitted on `examples`; `vocabulary` names the word indices (`word:…`). Pure.
    func fit(_ examples: [Example], vocabulary: [String]) -> CoachSentenceReader {
        let n = examples.count
        let d = SentenceMeasures.count
        let v = vocabulary.count
        // Standardising: measures from their mean and deviation, words from their frequency.
        var means = [Double](repeating: 0, count: d + v)
        var scales = [Double](repeating: 1, count: d + v)
        for example in examples {
            for j in 0..<d { means[j] += example.measures[j] }
            for word in example.words { means[d + word] += 1 }
        }
        for j in 0..<(d + v) { means[j] /= Double(max(n, 1)) }
        var variance = [Double](repeating: 0, count: d)
        for example in examples { for j in 0..<d { variance[j] += pow(example.measures[j] - means[j], 2) } }
        for j in 0..<d {
            let sd = (variance[j] / Double(max(n, 1))).squareRoot()
            scales[j] = sd > 1e-9 ? sd : 1
        }
        // A word's value is how often the sentence uses it (1 or 0 for most): its variance is E[x²] − E[x]².
        var squares = [Double](repeating: 0, count: v)
        for example in examples {
            var k = 0
            let words = example.words.sorted()
            while k < words.count {
                var count = 1
                while k + count < words.count && words[k + count] == words[k] { count += 1 }
                squares[words[k]] += Double(count * count)
                k += count
            }
        }
        for j in d..<(d + v) {
            let variance = squares[j - d] / Double(max(n, 1)) - means[j] * means[j]
            let sd = max(variance, 0).squareRoot()
            scales[j] = sd > 1e-9 ? sd : 1
        }
        var z = [Double](repeating: 0, count: n * d)
        for (i, example) in examples.enumerated() {
            for j in 0..<d { z[i * d + j] = (example.measures[j] - means[j]) / scales[j] }
        }
        // Parameters: three weights per feature (measures, then words), then three intercepts.
        let size = 3 * (d + v) + 3
        var theta = [Double](repeating: 0, count: size)
        var velocity = [Double](repeating: 0, count: size)
        var gradient = [Double](repeating: 0, count: size)
        let momentum = 0.9
        let learningRate = CoachModelFitter.stableStep(learningRate, largestPenalty: lambda)
        var wordStart = [0]
        var wordIndex: [Int] = []
        for example in examples {
            wordIndex += example.words
            wordStart.append(wordIndex.count)
        }
        let problem = Problem(
            z: z, labels: examples.map(\.label), wordStart: wordStart, wordIndex: wordIndex, means: means,
            scales: scales, n: n, d: d, v: v, lambda: lambda)
        for _ in 0..<steps {
            var look = theta
            for k in 0..<size { look[k] += momentum * velocity[k] }
            problem.gradient(at: look, into: &gradient)
            for k in 0..<size {
                velocity[k] = momentum * velocity[k] - learningRate * gradient[k]
                theta[k] += velocity[k]
            }
        }
        return CoachSentenceReader(
            featureNames: SentenceMeasures.names + vocabulary, means: means, scales: scales,
            weights: Array(theta[0..<(3 * (d + v))]), biases: Array(theta[(3 * (d + v))...]))
    }

    /// The data of one fit, laid out for the gradient.
    private struct Problem {
        let z: [Double]
        let labels: [Int]
        /// Sentence `i`'s words are `wordIndex[wordStart[i]..<wordStart[i + 1]]`.
        let wordStart: [Int]
        let wordIndex: [Int]
        let means: [Double]
        let scales: [Double]
        let n: Int
        let d: Int
        let v: Int
        let lambda: Double

        /// The gradient of the mean negative log-likelihood plus the penalty at `theta`. Pure.
        func gradient(at theta: [Double], into g: inout [Double]) {
            let d = d
            let v = v
            let bias = 3 * (d + v)
            // A word's slope on its raw 0/1 value, and the offset its mean leaves on every sentence.
            var slopes = [Double](repeating: 0, count: 3 * v)
            var offset = (theta[bias], theta[bias + 1], theta[bias + 2])
            for j in 0..<v {
                for c in 0..<3 {
                    let slope = theta[3 * (d + j) + c] / scales[d + j]
                    slopes[3 * j + c] = slope
                    switch c {
                    case 0: offset.0 -= slope * means[d + j]
                    case 1: offset.1 -= slope * means[d + j]
                    default: offset.2 -= slope * means[d + j]
                    }
                }
            }
            var total = (0.0, 0.0, 0.0)
            g.withUnsafeMutableBufferPointer { g in
                g.update(repeating: 0)
                z.withUnsafeBufferPointer { z in
                    theta.withUnsafeBufferPointer { t in
                        slopes.withUnsafeBufferPointer { slopes in
                            wordIndex.withUnsafeBufferPointer { words in
                                wordStart.withUnsafeBufferPointer { wordStart in
                                    labels.withUnsafeBufferPointer { labels in
                                        for i in 0..<n {
                                            let row = i * d
                                            var (a, b, c) = offset
                                            for j in 0..<d {
                                                let x = z[row + j]
                                                a += t[3 * j] * x
                                                b += t[3 * j + 1] * x
                                                c += t[3 * j + 2] * x
                                            }
                                            for w in wordStart[i]..<wordStart[i + 1] {
                                                let k = 3 * words[w]
                                                a += slopes[k]
                                                b += slopes[k + 1]
                                                c += slopes[k + 2]
                                            }
                                            var p = CoachSentenceReader.softmax(a, b, c)
                                            switch labels[i] {
                                            case 0: p.0 -= 1
                                            case 1: p.1 -= 1
                                            default: p.2 -= 1
                                            }
                                            total.0 += p.0
                                            total.1 += p.1
                                            total.2 += p.2
                                            for j in 0..<d {
                                                let x = z[row + j]
                                                g[3 * j] += p.0 * x
                                                g[3 * j + 1] += p.1 * x
                                                g[3 * j + 2] += p.2 * x
                                            }
                                            for w in wordStart[i]..<wordStart[i + 1] {
                                                let k = 3 * (d + words[w])
                                                g[k] += p.0
                                                g[k + 1] += p.1
                                                g[k + 2] += p.2
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        let scale = 1 / Double(max(n, 1))
                        for j in 0..<v {
                            let k = 3 * (d + j)
                            let m = means[d + j]
                            let s = scales[d + j]
                            g[k] = (g[k] - m * total.0) / s
                            g[k + 1] = (g[k + 1] - m * total.1) / s
                            g[k + 2] = (g[k + 2] - m * total.2) / s
                        }
                        for k in 0..<bias { g[k] = g[k] * scale + lambda * t[k] }
                        g[bias] = total.0 * scale
                        g[bias + 1] = total.1 * scale
                        g[bias + 2] = total.2 * scale
                    }
                }
            }
        }
    }
}
