/// One record of a streamed pipeline: an account or a deal.
public enum PipelineRecord: Equatable, Sendable {
    case account(Account)
    case opportunity(Opportunity)
}
