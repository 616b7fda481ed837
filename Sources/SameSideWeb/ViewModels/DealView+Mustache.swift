import Mustache

// Names the deal page and the shared header look up, answered directly instead of through Mirror (see
// PipelineView+Mustache.swift).

extension DealView.Goal: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statement": return self.statement
        case "measure": return self.measure
        case "due": return self.due
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.Step: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "status": return self.status
        case "due": return self.due
        case "owner": return self.owner
        case "editLink": return self.editLink
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.Person: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "title": return self.title
        case "roles": return self.roles
        case "stance": return self.stance
        case "lastContact": return self.lastContact
        case "personEditLink": return self.personEditLink
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.FindingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": return self.severity
        case "title": return self.title
        case "evidence": return self.evidence
        case "questions": return self.questions
        case "nextAction": return self.nextAction
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.Event: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "kind": return self.kind
        case "direction": return self.direction
        case "summary": return self.summary
        case "markedText": return self.markedText
        case "hasMarks": return self.hasMarks
        case "suggestions": return self.suggestions
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "name": return self.name
        case "accountName": return self.accountName
        case "owner": return self.owner
        case "amount": return self.amount
        case "closeDate": return self.closeDate
        case "verdict": return self.verdict
        case "verdictLabel": return self.verdictLabel
        case "health": return self.health
        case "buyerStage": return self.buyerStage
        case "sellerStage": return self.sellerStage
        case "planStatus": return self.planStatus
        case "goals": return self.goals
        case "hasGoals": return self.hasGoals
        case "need": return self.need
        case "costOfInaction": return self.costOfInaction
        case "steps": return self.steps
        case "hasSteps": return self.hasSteps
        case "people": return self.people
        case "hasPeople": return self.hasPeople
        case "findings": return self.findings
        case "hasFindings": return self.hasFindings
        case "businessCaseScore": return self.businessCaseScore
        case "events": return self.events
        case "hasEvents": return self.hasEvents
        case "canEdit": return self.canEdit
        case "goalFormLink": return self.goalFormLink
        case "coachLink": return self.coachLink
        case "accountLink": return self.accountLink
        case "editLink": return self.editLink
        case "activityFormLink": return self.activityFormLink
        case "stepFormLink": return self.stepFormLink
        case "canTake": return self.canTake
        case "takeAction": return self.takeAction
        case "pause": return self.pause
        case "businessCase": return self.businessCase
        case "callPlan": return self.callPlan
        case "shareLinks": return self.shareLinks
        case "hasShareLinks": return self.hasShareLinks
        case "shareForm": return self.shareForm
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension PageChrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "userEmail": return self.userEmail
        case "userRole": return self.userRole
        case "csrfToken": return self.csrfToken
        case "canImport": return self.canImport
        case "isAdmin": return self.isAdmin
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}
