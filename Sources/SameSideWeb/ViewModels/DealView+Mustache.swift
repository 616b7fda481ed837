import Mustache

// Names the deal page and the shared header look up, answered directly instead of through Mirror (see
// PipelineView+Mustache.swift). The text fields of the page's lists are answered as `Shown`, which
// swift-mustache renders with fewer type checks; optional texts stay as they are (sections test them).

extension DealView.Goal: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statement": return Shown(self.statement)
        case "measure": return self.measure
        case "due": return self.due
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.Step: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return Shown(self.title)
        case "status": return Shown(self.status)
        case "due": return Shown(self.due)
        case "owner": return Shown(self.owner)
        case "editLink": return Shown(self.editLink)
        case "canEdit": return self.canEdit
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.Person: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return Shown(self.name)
        case "title": return self.title
        case "roles": return Shown(self.roles)
        case "stance": return Shown(self.stance)
        case "lastContact": return Shown(self.lastContact)
        case "personEditLink": return self.personEditLink
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.FindingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": return Shown(self.severity)
        case "title": return Shown(self.title)
        case "evidence": return self.evidence
        case "questions": return self.questions
        case "nextAction": return Shown(self.nextAction)
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension DealView.Event: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": return Shown(self.date)
        case "kind": return Shown(self.kind)
        case "direction": return Shown(self.direction)
        case "summary": return Shown(self.summary)
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
        case "stepRows": return self.stepRows
        case "findingItems": return self.findingItems
        case "eventItems": return self.eventItems
        case "personItems": return self.personItems
        case "caseHTML": return self.caseHTML
        case "callPlanHTML": return self.callPlanHTML
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
        case "planLink": return self.planLink
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
