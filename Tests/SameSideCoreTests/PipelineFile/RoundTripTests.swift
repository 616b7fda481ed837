import PropertyBased
import Testing

@testable import SameSideCore

@Suite struct RoundTripTests {
    private func roundTrip(_ pipeline: Pipeline) throws -> Pipeline {
        try PipelineReader.read(Array(PipelineWriter.json(pipeline).utf8)).pipeline
    }

    @Test(arguments: Fixtures.files(in: "valid", extensions: ["json"]))
    func decodeEncodeDecodeIsIdentityForFixtures(file: String) throws {
        let first = try Fixtures.pipeline(file)
        #expect(try roundTrip(first) == first)
    }

    @Test func decodeEncodeDecodeIsIdentityForTheDemo() throws {
        let demo = DemoPipeline.make()
        #expect(try roundTrip(demo) == demo)
    }

    @Test func generatedPipelinesRoundTripInBothForms() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...60), Gen.int(in: 0...Int(Int32.max))) { deals, seed in
            let generated = SyntheticPipeline(deals: deals, seed: UInt64(seed), asOf: Day("2026-11-25")!).pipeline()
            let viaJSON = try? roundTrip(generated)
            #expect(viaJSON == generated)
            var decoder = PipelineLineDecoder()
            var rebuilt = Pipeline(asOf: nil)
            for (offset, line) in PipelineWriter.jsonLines(generated).split(separator: "\n").enumerated() {
                let result = decoder.decode(line: Array(line.utf8), number: offset + 1)
                #expect(result.issues.isEmpty)
                switch result.item {
                case .header(let header)?:
                    rebuilt.asOf = header.asOf
                    rebuilt.currency = header.currency
                    rebuilt.seller = header.seller
                case .record(.account(let account))?: rebuilt.accounts.append(account)
                case .record(.opportunity(let deal))?: rebuilt.opportunities.append(deal)
                case nil: break
                }
            }
            #expect(rebuilt == generated)
        }
    }

    @Test func arbitraryTextSurvivesTheRoundTrip() async {
        let scalars = Gen.unicodeScalar(in: Unicode.Scalar(0x01)!...Unicode.Scalar(0xD7FF)!)
        await propertyCheck(count: 200, input: scalars.array(of: 0...40)) { scalars in
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            var pipeline = SyntheticPipeline(deals: 1, seed: 7, asOf: Day("2026-11-25")!).pipeline()
            pipeline.accounts[0].name = text.isEmpty ? "x" : text
            pipeline.opportunities[0].activities.append(
                Activity(date: Day("2026-11-01")!, direction: .outbound, text: text))
            #expect((try? roundTrip(pipeline)) == pipeline)
        }
    }

    @Test func generatorIsDeterministicAndValid() throws {
        let asOf = Day("2026-11-25")!
        let a = SyntheticPipeline(deals: 40, seed: 3, asOf: asOf).pipeline()
        let b = SyntheticPipeline(deals: 40, seed: 3, asOf: asOf).pipeline()
        let c = SyntheticPipeline(deals: 40, seed: 4, asOf: asOf).pipeline()
        #expect(a == b)
        #expect(a != c)
        for deal in a.opportunities {
            let account = try #require(a.account(deal.accountId))
            #expect((2...8).contains(account.stakeholders.count))
            #expect(deal.buyingProcess.isEmpty || (3...12).contains(deal.buyingProcess.count))
            #expect(deal.activities.count <= 40)
        }
    }
}
