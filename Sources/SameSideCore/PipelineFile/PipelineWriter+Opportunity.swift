extension PipelineWriter {
    /// One deal as an indented JSON object of the pipeline format, ending with a newline. Pure.
    public static func opportunityJSON(_ deal: Opportunity) -> String {
        JSONSerializer.serialize(.object(PipelineEncoder.opportunity(deal)), pretty: true) + "\n"
    }
}
