/// The selling company: the problems it solves and the customers it is for.
public struct Seller: Equatable, Sendable {
    public var name: String?
    public var problemsWeSolve: [Problem]
    public var icp: IdealCustomerProfile?
    public var extra: JSONObject

    public init(
        name: String? = nil, problemsWeSolve: [Problem] = [], icp: IdealCustomerProfile? = nil,
        extra: JSONObject = [:]
    ) {
        self.name = name
        self.problemsWeSolve = problemsWeSolve
        self.icp = icp
        self.extra = extra
    }
}

/// A customer problem the seller can solve, in the customer's words.
public struct Problem: Equatable, Sendable {
    public var id: ProblemID
    public var statement: String
    public var goalCategories: [GoalCategory]

    public init(id: ProblemID, statement: String, goalCategories: [GoalCategory] = []) {
        self.id = id
        self.statement = statement
        self.goalCategories = goalCategories
    }
}

/// The Ideal Customer Profile: who has the problems the seller solves.
public struct IdealCustomerProfile: Equatable, Sendable {
    public var industries: [String]
    public var employees: EmployeeRange?
    public var regions: [String]
    public var requiredProblems: [ProblemID]
    public var disqualifiers: [String]

    public init(
        industries: [String] = [], employees: EmployeeRange? = nil, regions: [String] = [],
        requiredProblems: [ProblemID] = [], disqualifiers: [String] = []
    ) {
        self.industries = industries
        self.employees = employees
        self.regions = regions
        self.requiredProblems = requiredProblems
        self.disqualifiers = disqualifiers
    }
}

/// An inclusive range of company sizes; either end may be open.
public struct EmployeeRange: Equatable, Sendable {
    public var min: Int?
    public var max: Int?

    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    /// Whether `count` lies inside the range. Pure.
    public func contains(_ count: Int) -> Bool {
        if let min, count < min { return false }
        if let max, count > max { return false }
        return true
    }
}
