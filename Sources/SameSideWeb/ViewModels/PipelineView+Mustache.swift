import Mustache

// Names looked up by the pipeline template, answered directly instead of through Mirror (which swift-mustache
// uses otherwise and which cost about 10 ms per page of 50 rows: most of the page's time).

extension PipelineView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return Shown(self.id)
        case "link": return Shown(self.link)
        case "name": return Shown(self.name)
        case "accountName": return Shown(self.accountName)
        case "verdict": return Shown(self.verdict)
        case "verdictLabel": return Shown(self.verdictLabel)
        case "health": return Shown(String(self.health))
        case "pull": return Shown(String(self.pull))
        case "pressure": return Shown(String(self.pressure))
        case "buyerStage": return Shown(self.buyerStage)
        case "sellerStage": return Shown(self.sellerStage)
        case "planStatus": return Shown(self.planStatus)
        case "amount": return Shown(self.amount)
        case "closeDate": return Shown(self.closeDate)
        case "owner": return Shown(self.owner)
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension PipelineView.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": return self.value
        case "label": return self.label
        case "selected": return self.selected
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension PipelineView.Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "currency": return self.currency
        case "deals": return self.deals
        case "amount": return self.amount
        case "weighted": return self.weighted
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension PipelineView.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": return self.value
        case "label": return self.label
        case "count": return self.count
        case "deals": return self.deals
        case "figures": return self.figures
        case "hasFigures": return self.hasFigures
        case "rows": return self.rows
        case "hasRows": return self.hasRows
        case "cards": return self.cards
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}

extension PipelineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "rows": return self.rows
        case "tableRows": return self.tableRows
        case "hasRows": return self.hasRows
        case "total": return self.total
        case "matching": return self.matching
        case "totals": return self.totals
        case "byVerdict": return self.byVerdict
        case "hasVerdicts": return self.hasVerdicts
        case "columns": return self.columns
        case "board": return self.board
        case "tableLink": return self.tableLink
        case "boardLink": return self.boardLink
        case "verdicts": return self.verdicts
        case "buyerStages": return self.buyerStages
        case "closePeriods": return self.closePeriods
        case "sorts": return self.sorts
        case "owner": return self.owner
        case "team": return self.team
        case "stage": return self.stage
        case "search": return self.search
        case "descending": return self.descending
        case "page": return self.page
        case "pageCount": return self.pageCount
        case "previousLink": return self.previousLink
        case "nextLink": return self.nextLink
        case "asOf": return self.asOf
        default: return MustacheFallback.child(of: self, named: name)
        }
    }
}
