import Testing

@testable import SameSideCore

/// The buying-step fields the mutual plan added to the format: read, written back, and rejected when wrong.
@Suite struct PlanFieldsTests {
    func file(steps: String) -> String {
        #"""
        {"format": "sameside.pipeline/1", "asOf": "2026-11-25",
         "accounts": [{"id": "a", "name": "Birchwood Dairy"}],
         "opportunities": [{"id": "o", "accountId": "a", "name": "d", "buyingProcess": [\#(steps)]}]}
        """#
    }

    let steps = #"""
        {"id": "b1", "title": "Business case", "status": "done", "completed": "2026-11-20"},
        {"id": "b2", "title": "Board approves", "owner": "customer", "ownerName": "the board", "due": "2026-12-10",
         "status": "cancelled", "dueAfter": {"step": "b1", "days": 10},
         "dueChanges": [{"from": "2026-12-01", "to": "2026-12-10", "changedOn": "2026-11-24", "movedBy": "seller",
                         "reason": "date-never-real", "reasonText": "we guessed it"},
                        {"to": "2026-12-01", "changedOn": "2026-11-01"}]}
        """#

    @Test func theNewStepFieldsAreReadAndWrittenBackAsTheyWere() throws {
        // given a file using every new field
        let pipeline = try PipelineReader.read(Array(file(steps: steps).utf8)).pipeline
        // then they are read
        let step = pipeline.opportunities[0].buyingProcess[1]
        #expect(step.status == .cancelled && step.ownerName == "the board")
        #expect(step.dueAfter == RelativeDue(step: "b1", days: 10))
        #expect(
            step.dueChanges[0]
                == DueDateChange(
                    from: Day("2026-12-01"), to: Day("2026-12-10")!, changedOn: Day("2026-11-24")!, movedBy: .seller,
                    reason: .dateNeverReal, reasonText: "we guessed it"))
        #expect(step.dueChanges[1].from == nil && step.dueChanges[1].movedBy == nil)
        // and written back, they read the same again
        let again = try PipelineReader.read(Array(PipelineWriter.json(pipeline).utf8)).pipeline
        #expect(again == pipeline)
    }

    @Test func aFileWithoutThemIsWrittenExactlyAsBefore() throws {
        let plain = #"{"id": "b1", "title": "Business case", "status": "done", "dependsOn": []}"#
        let pipeline = try PipelineReader.read(Array(file(steps: plain).utf8)).pipeline
        let text = PipelineWriter.json(pipeline)
        #expect(!text.contains("dueChanges") && !text.contains("dueAfter") && !text.contains("ownerName"))
    }

    @Test(arguments: [
        (
            #"{"id": "b1", "title": "A", "dueAfter": {"step": "zz", "days": 3}}"#,
            "$.opportunities[0].buyingProcess[0].dueAfter.step", "no buying step \"zz\" in this deal"
        ),
        (
            #"{"id": "b1", "title": "A", "dueAfter": {"step": "b1", "days": 3}}"#,
            "$.opportunities[0].buyingProcess[0].dueAfter.step", "cannot follow the step itself"
        ),
        (
            #"{"id": "b1", "title": "A"}, {"id": "b2", "title": "B", "dueAfter": {"step": "b1", "days": 5000}}"#,
            "$.opportunities[0].buyingProcess[1].dueAfter.days", "from 0 to 3650"
        ),
        (
            #"{"id": "b1", "title": "A", "dueChanges": [{"to": "2026-12-01", "changedOn": "2026-11-01", "reason": "busy"}]}"#,
            "$.opportunities[0].buyingProcess[0].dueChanges[0].reason", "new-obstacle"
        ),
        (
            #"{"id": "b1", "title": "A", "dueChanges": [{"changedOn": "2026-11-01"}]}"#,
            "$.opportunities[0].buyingProcess[0].dueChanges[0].to", "missing required field"
        ),
        (
            #"{"id": "b1", "title": "A", "status": "paused"}"#, "$.opportunities[0].buyingProcess[0].status",
            "cancelled"
        ),
    ])
    func aWrongPlanFieldIsAnErrorAtItsPath(_ steps: String, _ path: String, _ words: String) {
        #expect {
            _ = try PipelineReader.read(Array(file(steps: steps).utf8))
        } throws: { error in
            guard let error = error as? PipelineReadError else { return false }
            return error.issues.contains { $0.path == path && $0.message.contains(words) }
        }
    }
}
