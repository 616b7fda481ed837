// The view models without a hand-written name switch: their names are found by `MustacheFallback`, which
// reads each type's field names once (instead of swift-mustache reflecting on every look-up, hit or miss).

extension AccountView: MustacheReflected {}
extension AccountView.Fact: MustacheReflected {}
extension AccountView.FitCheck: MustacheReflected {}
extension AccountView.DealRow: MustacheReflected {}
extension ActivityFormView: MustacheReflected {}
extension ActivityFormView.Person: MustacheReflected {}
extension CoachView: MustacheReflected {}
extension CoachView.Segment: MustacheReflected {}
extension CoachView.FindingView: MustacheReflected {}
extension CoachView.KindOption: MustacheReflected {}
extension CoachView.Result: MustacheReflected {}
extension DealCaseView: MustacheReflected {}
extension DealCallPlanView: MustacheReflected {}
extension DealCallPlanView.Item: MustacheReflected {}
extension DealCallPlanView.Question: MustacheReflected {}
extension DealView.ShareLinkRow: MustacheReflected {}
extension DealFormView: MustacheReflected {}
extension FormField: MustacheReflected {}
extension FormOption: MustacheReflected {}
extension GoalFormView: MustacheReflected {}
extension ImportView: MustacheReflected {}
extension ImportView.Option: MustacheReflected {}
extension ImportView.Summary: MustacheReflected {}
extension ImportView.BadRow: MustacheReflected {}
extension ImportView.Failure: MustacheReflected {}
extension ErrorPageView: MustacheReflected {}
extension SharePlanView: MustacheReflected {}
extension SharePlanView.GoalRow: MustacheReflected {}
extension SharePlanView.StepRow: MustacheReflected {}
extension StakeholderFormView: MustacheReflected {}
extension StakeholderFormView.Role: MustacheReflected {}
