import Mustache

// Names looked up by the pipeline template, answered directly instead of through Mirror (which swift-mustache
// uses otherwise and which cost about 10 ms per page of 50 rows: most of the page's time).

extension PipelineView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "link": return link
        case "name": return self.name
        case "accountName": return accountName
        case "verdict": return verdict
        case "verdictLabel": return verdictLabel
        case "health": return health
        case "pull": return pull
        case "pressure": return pressure
        case "buyerStage": return buyerStage
        case "sellerStage": return sellerStage
        case "planStatus": return planStatus
        case "amount": return amount
        case "closeDate": return closeDate
        case "owner": return owner
        default: return nil
        }
    }
}

extension PipelineView.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": return value
        case "label": return label
        case "selected": return selected
        default: return nil
        }
    }
}

extension PipelineView.Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "currency": return currency
        case "deals": return deals
        case "amount": return amount
        case "weighted": return weighted
        default: return nil
        }
    }
}

extension PipelineView.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": return value
        case "label": return label
        case "count": return count
        case "deals": return deals
        case "figures": return figures
        case "hasFigures": return hasFigures
        case "rows": return rows
        case "hasRows": return hasRows
        default: return nil
        }
    }
}

extension PipelineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return chrome
        case "rows": return rows
        case "hasRows": return hasRows
        case "total": return total
        case "matching": return matching
        case "totals": return totals
        case "byVerdict": return byVerdict
        case "hasVerdicts": return hasVerdicts
        case "columns": return columns
        case "board": return board
        case "tableLink": return tableLink
        case "boardLink": return boardLink
        case "verdicts": return verdicts
        case "buyerStages": return buyerStages
        case "closePeriods": return closePeriods
        case "sorts": return sorts
        case "owner": return owner
        case "team": return team
        case "stage": return stage
        case "search": return search
        case "descending": return descending
        case "page": return page
        case "pageCount": return pageCount
        case "previousLink": return previousLink
        case "nextLink": return nextLink
        case "asOf": return asOf
        default: return nil
        }
    }
}
