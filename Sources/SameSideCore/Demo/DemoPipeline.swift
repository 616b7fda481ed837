/// The demo pipeline: a fictional seller and seven customers whose deals show every practice
/// SameSide looks for — a customer pulling, "we won, where's the PO?", a single-threaded deal,
/// doing nothing cheaper than changing, a prospect outside the ICP, an honest pause, slipping
/// and stale deals, plus one won and one lost deal. Dated as of 2026-11-25.
public enum DemoPipeline {
    /// The demo as a validated ``Pipeline``. Pure.
    public static func make() -> Pipeline {
        do {
            return try PipelineReader.read(Array(json.utf8)).pipeline
        } catch {
            // The demo is checked by the tests; a broken demo is a programming error.
            fatalError("demo pipeline is invalid: \(error)")
        }
    }

    /// The demo as pipeline JSON, exactly as shipped.
    public static let json = #"""
        {
          "format": "sameside.pipeline/1",
          "asOf": "2026-11-25",
          "currency": "USD",
          "seller": {
            "name": "Keel Line Systems",
            "problemsWeSolve": [
              {"id": "p-downtime", "statement": "Production lines stop without warning and nobody knows why until the shift is lost", "goalCategories": ["operational-efficiency", "cost"]},
              {"id": "p-scrap", "statement": "Scrap and rework are found at the end of the line instead of where they start", "goalCategories": ["margin", "cost"]},
              {"id": "p-audit", "statement": "Food-safety and quality audits take weeks of manual record gathering", "goalCategories": ["compliance", "people"]}
            ],
            "icp": {
              "industries": ["food & beverage", "packaging", "industrial manufacturing"],
              "employees": {"min": 250, "max": 20000},
              "regions": ["NA", "EMEA"],
              "requiredProblems": ["p-downtime"],
              "disqualifiers": ["no production sites", "fully outsourced manufacturing"]
            }
          },
          "accounts": [
            {
              "id": "a-northwind", "name": "Northwind Foods", "industry": "food & beverage", "employees": 1800, "region": "EMEA",
              "context": {
                "markets": "private-label snacks for three national grocery chains",
                "competitors": ["Contoso Snacks", "Fabrikam Foods"],
                "strategy": "grow operating margin by 3 points by 2028 without adding a fourth plant",
                "financialHurdles": {"maxPaybackMonths": 18, "hurdleRatePercent": 12, "budgetCycle": "calendar year; capital plan set in October, top-ups approved quarterly"}
              },
              "problems": ["p-downtime", "p-scrap"],
              "goals": [
                {"id": "g-nw-downtime", "statement": "Cut unplanned downtime on line 3", "category": "operational-efficiency", "metric": "unplanned downtime hours per month", "baseline": 40, "target": 10, "due": "2027-06-30", "priority": 1, "ownerId": "s-nw-coo", "source": "customer-stated", "evidence": "Dana Ruiz (COO) in the 2026-10-02 plant review"},
                {"id": "g-nw-otif", "statement": "Keep on-time-in-full above the retailer's contract floor", "category": "customer-service", "metric": "on-time-in-full (%)", "baseline": 91, "target": 97, "due": "2027-03-01", "priority": 1, "ownerId": "s-nw-ops", "source": "customer-stated", "evidence": "retailer scorecard shared by Priya Shah, 2026-10-09"},
                {"id": "g-nw-energy", "statement": "Know the energy cost of each line and product", "category": "cost", "metric": "share of energy cost attributed to a line (%)", "baseline": 0, "target": 80, "due": "2027-12-31", "priority": 3, "ownerId": "s-nw-cfo", "source": "seller-assumed"}
              ],
              "stakeholders": [
                {"id": "s-nw-coo", "name": "Dana Ruiz", "title": "COO", "roles": ["economic-buyer", "decision-maker"], "personalWin": "hit the margin plan she promised the board", "stance": "supporter", "lastContact": "2026-11-18"},
                {"id": "s-nw-ops", "name": "Priya Shah", "title": "Plant Manager, Leeds", "roles": ["champion", "user"], "personalWin": "stop weekend call-outs for line 3", "stance": "supporter", "lastContact": "2026-11-21"},
                {"id": "s-nw-it", "name": "Tom Becker", "title": "Head of OT Security", "roles": ["technical"], "stance": "neutral", "lastContact": "2026-11-12"},
                {"id": "s-nw-proc", "name": "Lena Vogel", "title": "Procurement Lead", "roles": ["procurement"], "stance": "neutral", "lastContact": "2026-11-20"},
                {"id": "s-nw-cfo", "name": "Marcus Hale", "title": "CFO", "roles": ["influencer"], "stance": "unknown"}
              ]
            },
            {
              "id": "a-harbor", "name": "Harbor Packaging", "industry": "packaging", "employees": 950, "region": "NA",
              "context": {
                "markets": "corrugated packaging for regional food producers",
                "competitors": ["Bayside Box"],
                "strategy": "win national accounts on delivery reliability",
                "financialHurdles": {"maxPaybackMonths": 12, "hurdleRatePercent": 10, "budgetCycle": "fiscal year starts February; purchases over $100k need board sign-off"}
              },
              "problems": ["p-downtime"],
              "goals": [
                {"id": "g-hb-uptime", "statement": "Raise corrugator uptime so national orders ship on the promised day", "category": "customer-service", "metric": "corrugator uptime (%)", "baseline": 82, "target": 92, "due": "2027-05-31", "priority": 1, "ownerId": "s-hb-ops", "source": "customer-stated", "evidence": "Ray Donovan in the discovery call, 2026-08-14"}
              ],
              "stakeholders": [
                {"id": "s-hb-ops", "name": "Ray Donovan", "title": "VP Operations", "roles": ["champion"], "personalWin": "be the one who fixed the corrugator", "stance": "supporter", "lastContact": "2026-10-21"},
                {"id": "s-hb-ceo", "name": "Helen Marsh", "title": "CEO", "roles": ["economic-buyer"], "stance": "unknown"}
              ]
            },
            {
              "id": "a-copperleaf", "name": "Copperleaf Brewing", "industry": "food & beverage", "employees": 420, "region": "NA",
              "context": {"markets": "craft beer for grocery and taprooms", "strategy": "double canning capacity in 2027"},
              "problems": ["p-downtime", "p-audit"],
              "goals": [
                {"id": "g-cl-canning", "statement": "Run the canning line at planned speed through the summer peak", "category": "growth", "metric": "cans per shift", "baseline": 38000, "target": 52000, "due": "2027-05-01", "priority": 1, "ownerId": "s-cl-brew", "source": "customer-stated", "evidence": "Jo Park, 2026-09-30"},
                {"id": "g-cl-audit", "statement": "Pass the retailer food-safety audit without a week of record hunting", "category": "compliance", "source": "seller-assumed"}
              ],
              "stakeholders": [
                {"id": "s-cl-brew", "name": "Jo Park", "title": "Head Brewer", "roles": ["champion", "user"], "stance": "supporter", "lastContact": "2026-11-19"},
                {"id": "s-cl-fin", "name": "Sam Ito", "title": "Finance Director", "roles": ["economic-buyer"], "stance": "unknown"}
              ]
            },
            {
              "id": "a-millbrook", "name": "Millbrook Textiles", "industry": "industrial manufacturing", "employees": 640, "region": "EMEA",
              "context": {"markets": "technical fabrics for outdoor brands", "competitors": ["in-house spreadsheets"], "financialHurdles": {"maxPaybackMonths": 24, "hurdleRatePercent": 8}},
              "problems": ["p-downtime", "p-scrap"],
              "goals": [
                {"id": "g-mb-scrap", "statement": "Reduce off-spec fabric", "category": "margin", "metric": "off-spec metres (%)", "baseline": 2.1, "target": 1.6, "due": "2027-12-31", "priority": 2, "ownerId": "s-mb-qa", "source": "customer-stated", "evidence": "quality report shared 2026-10-15"}
              ],
              "stakeholders": [
                {"id": "s-mb-qa", "name": "Ines Moreau", "title": "Quality Manager", "roles": ["champion"], "stance": "supporter", "lastContact": "2026-11-10"},
                {"id": "s-mb-md", "name": "Peter Lund", "title": "Managing Director", "roles": ["economic-buyer"], "stance": "skeptic", "lastContact": "2026-10-28"}
              ]
            },
            {
              "id": "a-fernwood", "name": "Fernwood Dental Group", "industry": "healthcare", "employees": 90, "region": "NA",
              "context": {"markets": "dental clinics in two states"},
              "disqualifiers": ["no production sites"],
              "goals": [
                {"id": "g-fw-chairs", "statement": "Fill more chair hours", "category": "growth", "source": "seller-assumed"}
              ],
              "stakeholders": [
                {"id": "s-fw-om", "name": "Alex Romero", "title": "Office Manager", "roles": ["user"], "stance": "neutral", "lastContact": "2026-11-03"}
              ]
            },
            {
              "id": "a-orion", "name": "Orion Castings", "industry": "industrial manufacturing", "employees": 4200, "region": "NA",
              "context": {"markets": "aluminium castings for truck makers", "strategy": "consolidate two foundries into one by Q2 2027", "financialHurdles": {"maxPaybackMonths": 15, "hurdleRatePercent": 11}},
              "problems": ["p-downtime", "p-scrap"],
              "goals": [
                {"id": "g-or-porosity", "statement": "Cut porosity rejects on the engine-block line", "category": "margin", "metric": "porosity rejects (%)", "baseline": 6.5, "target": 3, "due": "2027-09-30", "priority": 1, "ownerId": "s-or-vp", "source": "customer-stated", "evidence": "VP Manufacturing, site visit 2026-09-12"},
                {"id": "g-or-consolidate", "statement": "Move the Dayton foundry's volume to Toledo without missing deliveries", "category": "operational-efficiency", "metric": "missed deliveries during the move", "baseline": 0, "target": 0, "due": "2027-06-30", "priority": 1, "ownerId": "s-or-vp", "source": "customer-stated", "evidence": "press release and VP Manufacturing, 2026-09-12"}
              ],
              "stakeholders": [
                {"id": "s-or-vp", "name": "Grace Obi", "title": "VP Manufacturing", "roles": ["economic-buyer", "champion"], "stance": "supporter", "lastContact": "2026-11-04"},
                {"id": "s-or-qe", "name": "Victor Hsu", "title": "Quality Engineer", "roles": ["user"], "stance": "supporter", "lastContact": "2026-10-02"},
                {"id": "s-or-it", "name": "Nadia Brooks", "title": "IT Director", "roles": ["technical"], "stance": "skeptic", "lastContact": "2026-09-20"}
              ]
            },
            {
              "id": "a-granite", "name": "Granite Ridge Foods", "industry": "food & beverage", "employees": 2600, "region": "NA",
              "context": {"markets": "frozen meals", "competitors": ["Northwind Foods"]},
              "problems": ["p-downtime", "p-audit"],
              "goals": [
                {"id": "g-gr-oee", "statement": "Improve OEE across the frozen lines", "category": "operational-efficiency", "source": "seller-assumed"},
                {"id": "g-gr-audit", "statement": "Shorten audit preparation", "category": "compliance", "metric": "days to prepare an audit", "baseline": 12, "target": 3, "due": "2027-04-30", "ownerId": "s-gr-qa", "source": "customer-stated", "evidence": "Quality director on the 2026-06-10 call"}
              ],
              "stakeholders": [
                {"id": "s-gr-eng", "name": "Owen Carter", "title": "Maintenance Engineer", "roles": ["user", "influencer"], "stance": "supporter", "lastContact": "2026-11-16"},
                {"id": "s-gr-qa", "name": "Mia Larsen", "title": "Quality Director", "roles": ["decision-maker"], "stance": "neutral", "lastContact": "2026-06-10"}
              ]
            }
          ],
          "opportunities": [
            {
              "id": "o-northwind-line3", "accountId": "a-northwind", "name": "Line 3 downtime monitoring", "owner": "Sam Rivera",
              "amount": 120000, "stage": "negotiation", "status": "open", "createdDate": "2026-08-01", "closeDate": "2026-12-18",
              "goalIds": ["g-nw-downtime", "g-nw-otif"],
              "needToChange": {
                "trigger": "two missed retailer deliveries in Q3 traced to line 3 stoppages",
                "compellingEvent": {"what": "retailer contract renewal, OTIF floor 95%", "date": "2027-03-01"},
                "costOfInactionPerMonth": 45000, "costOfInactionBasis": "lost margin on stopped hours plus OTIF penalties (Priya's scorecard)",
                "costOfInactionGrowthPercentPerMonth": 2, "changeCost": 160000,
                "changeRisks": ["line stoppage during sensor install", "operators ignoring alerts"],
                "customerAcknowledged": true
              },
              "buyingProcess": [
                {"id": "b1", "title": "Operations team agrees line 3 is the priority", "kind": "align-team", "owner": "customer", "ownerStakeholderId": "s-nw-coo", "due": "2026-10-15", "status": "done", "completed": "2026-10-12", "evidence": "plant review notes"},
                {"id": "b2", "title": "Success criteria for the pilot written with Priya", "kind": "success-criteria", "owner": "joint", "ownerStakeholderId": "s-nw-ops", "due": "2026-10-20", "status": "done", "completed": "2026-10-19"},
                {"id": "b3", "title": "Four-week pilot on line 3", "kind": "evaluation", "owner": "joint", "ownerStakeholderId": "s-nw-ops", "due": "2026-11-20", "status": "done", "completed": "2026-11-18", "evidence": "downtime 40h → 26h in the pilot month"},
                {"id": "b4", "title": "OT security review", "kind": "security-review", "owner": "customer", "ownerStakeholderId": "s-nw-it", "due": "2026-11-28", "status": "in-progress"},
                {"id": "b5", "title": "Business case to the COO and CFO", "kind": "business-case", "owner": "joint", "ownerStakeholderId": "s-nw-coo", "due": "2026-12-02", "status": "in-progress", "dependsOn": ["b3"]},
                {"id": "b6", "title": "Capital top-up approved", "kind": "management-approval", "owner": "customer", "ownerStakeholderId": "s-nw-coo", "due": "2026-12-09", "status": "not-started", "dependsOn": ["b5"]},
                {"id": "b7", "title": "Supplier onboarding and PO", "kind": "purchase-order", "owner": "customer", "ownerStakeholderId": "s-nw-proc", "due": "2026-12-16", "status": "not-started", "dependsOn": ["b6", "b4"]},
                {"id": "b8", "title": "Install plan agreed with maintenance", "kind": "kickoff", "owner": "joint", "ownerStakeholderId": "s-nw-ops", "due": "2027-01-11", "status": "not-started", "dependsOn": ["b7"]}
              ],
              "obstacles": [{"description": "capex frozen until the quarterly top-up on 2026-12-09", "status": "open"}],
              "businessCase": {
                "horizonYears": 3, "discountRatePercent": 12,
                "investment": [{"label": "sensors and installation", "oneTime": 40000}, {"label": "subscription", "perYear": 80000}],
                "benefits": [
                  {"goalId": "g-nw-downtime", "label": "downtime hours avoided on line 3", "perYear": 300000, "confidence": 0.6, "rampMonths": 3},
                  {"goalId": "g-nw-otif", "label": "OTIF penalties avoided", "perYear": 90000, "confidence": 0.7, "rampMonths": 2}
                ],
                "validatedByCustomer": true
              },
              "competition": ["do-nothing", "in-house build"],
              "stageHistory": [{"stage": "discovery", "date": "2026-08-01"}, {"stage": "evaluation", "date": "2026-10-12"}, {"stage": "negotiation", "date": "2026-11-19"}],
              "activities": [
                {"date": "2026-10-02", "type": "meeting", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-nw-coo", "s-nw-ops"], "summary": "plant review: Dana named line 3 downtime as the margin risk", "customerCommitment": "Priya to share the OTIF scorecard"},
                {"date": "2026-10-09", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-nw-ops"], "summary": "Priya sent the retailer scorecard"},
                {"date": "2026-11-12", "type": "meeting", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-nw-it"], "summary": "Tom asked for the network diagram for the OT review"},
                {"date": "2026-11-18", "type": "meeting", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-nw-coo", "s-nw-ops"], "summary": "pilot readout: downtime down 35% in four weeks", "text": "Dana, Priya: in the pilot month line 3 lost 26 hours instead of 40. The business case we drafted together uses your own penalty figures; what would Marcus need to see before the 9 December top-up?"},
                {"date": "2026-11-20", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-nw-proc"], "summary": "Lena sent the supplier onboarding form"},
                {"date": "2026-11-21", "type": "call", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-nw-ops"], "summary": "Priya asked for help with the CFO slide", "customerCommitment": "Priya books 30 minutes with Marcus"}
              ]
            },
            {
              "id": "o-harbor-rollout", "accountId": "a-harbor", "name": "Corrugator monitoring rollout", "owner": "Jamie Ortiz",
              "amount": 186000, "stage": "Closed/Commit", "status": "open", "createdDate": "2026-07-28", "closeDate": "2026-11-28",
              "goalIds": ["g-hb-uptime"],
              "needToChange": {"trigger": "two national accounts lost on late deliveries", "costOfInactionPerMonth": 22000, "costOfInactionBasis": "expedite freight plus contract penalties", "changeCost": 186000, "customerAcknowledged": true},
              "buyingProcess": [
                {"id": "b1", "title": "Operations agrees uptime is the problem", "kind": "align-team", "owner": "customer", "ownerStakeholderId": "s-hb-ops", "due": "2026-08-30", "status": "done", "completed": "2026-08-19"},
                {"id": "b2", "title": "Pilot on corrugator 2", "kind": "evaluation", "owner": "joint", "ownerStakeholderId": "s-hb-ops", "due": "2026-10-10", "status": "done", "completed": "2026-10-08"}
              ],
              "stageHistory": [{"stage": "Discovery", "date": "2026-07-28"}, {"stage": "Pilot", "date": "2026-09-05"}, {"stage": "Closed/Commit", "date": "2026-10-21"}],
              "closeDateHistory": [{"closeDate": "2026-10-31", "changedOn": "2026-10-21"}, {"closeDate": "2026-11-28", "changedOn": "2026-11-02"}],
              "discounts": [{"percent": 8, "date": "2026-11-19", "reason": "if the PO arrives before month end"}],
              "activities": [
                {"date": "2026-10-21", "type": "meeting", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-hb-ops"], "summary": "Ray: the pilot worked, you've won it, the PO should follow in a few days"},
                {"date": "2026-10-30", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-hb-ops"], "summary": "asked for the PO", "text": "Hi Ray, just checking in on the PO for the rollout. Any update?"},
                {"date": "2026-11-06", "type": "call", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-hb-ops"], "summary": "voicemail asking where the PO is"},
                {"date": "2026-11-12", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-hb-ops"], "summary": "asked for the PO again", "text": "Ray, following up again: where are we on the PO? I need it to close this month."},
                {"date": "2026-11-19", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-hb-ops"], "summary": "offered 8% off for a PO this month", "text": "Good news: if we get the PO before the 30th I can take another 8% off. Can you push it through this week?"}
              ]
            },
            {
              "id": "o-copperleaf-canning", "accountId": "a-copperleaf", "name": "Canning line uptime", "owner": "Sam Rivera",
              "amount": 64000, "stage": "proposal", "status": "open", "createdDate": "2026-09-20", "closeDate": "2027-01-31",
              "goalIds": ["g-cl-canning"],
              "needToChange": {"trigger": "summer peak lost 9 shifts to filler jams", "compellingEvent": {"what": "summer peak starts", "date": "2027-05-01"}, "costOfInactionPerMonth": 9000, "costOfInactionBasis": "lost cans at taproom margin during peak months, averaged", "changeCost": 64000},
              "buyingProcess": [
                {"id": "b1", "title": "Jo confirms the filler is the bottleneck", "kind": "align-team", "owner": "customer", "ownerStakeholderId": "s-cl-brew", "due": "2026-10-15", "status": "done", "completed": "2026-10-10"},
                {"id": "b2", "title": "Demo with the canning crew", "kind": "evaluation", "owner": "joint", "ownerStakeholderId": "s-cl-brew", "due": "2026-11-30", "status": "in-progress"}
              ],
              "stageHistory": [{"stage": "discovery", "date": "2026-09-20"}, {"stage": "proposal", "date": "2026-11-05"}],
              "activities": [
                {"date": "2026-09-30", "type": "call", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-cl-brew"], "summary": "discovery with Jo"},
                {"date": "2026-10-10", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-cl-brew"], "summary": "Jo sent filler jam logs"},
                {"date": "2026-11-05", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-cl-brew"], "summary": "sent proposal", "text": "Hi Jo, attached is our proposal. Our industry-leading platform is the best-in-class way to fix your filler. Let me know when you are ready to sign."},
                {"date": "2026-11-19", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-cl-brew"], "summary": "Jo asked for a crew demo date"}
              ]
            },
            {
              "id": "o-millbrook-scrap", "accountId": "a-millbrook", "name": "Off-spec detection on loom hall B", "owner": "Anna Kowal",
              "amount": 150000, "stage": "proposal", "status": "open", "createdDate": "2026-09-01", "closeDate": "2026-12-20",
              "goalIds": ["g-mb-scrap"],
              "needToChange": {"trigger": "quality manager wants fewer customer complaints", "costOfInactionPerMonth": 2500, "costOfInactionBasis": "0.5% of monthly output at material cost", "changeCost": 150000, "changeRisks": ["loom retrofit downtime"], "customerAcknowledged": false},
              "buyingProcess": [
                {"id": "b1", "title": "Quality team reviews sample detection report", "kind": "evaluation", "owner": "customer", "ownerStakeholderId": "s-mb-qa", "due": "2026-11-15", "status": "done", "completed": "2026-11-10"}
              ],
              "businessCase": {"horizonYears": 3, "investment": [{"label": "retrofit and licences", "oneTime": 90000, "perYear": 20000}], "benefits": [{"goalId": "g-mb-scrap", "label": "off-spec fabric avoided", "perYear": 30000, "confidence": 0.8, "rampMonths": 6}], "validatedByCustomer": false},
              "stageHistory": [{"stage": "discovery", "date": "2026-09-01"}, {"stage": "proposal", "date": "2026-11-12"}],
              "activities": [
                {"date": "2026-10-15", "type": "meeting", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-mb-qa"], "summary": "walked loom hall B with Ines"},
                {"date": "2026-10-28", "type": "meeting", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-mb-md", "s-mb-qa"], "summary": "Peter: scrap is a nuisance, not a priority this year"},
                {"date": "2026-11-10", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-mb-qa"], "summary": "Ines sent comments on the sample report"}
              ]
            },
            {
              "id": "o-fernwood-scheduling", "accountId": "a-fernwood", "name": "Clinic equipment monitoring", "owner": "Jamie Ortiz",
              "amount": 18000, "stage": "discovery", "status": "open", "createdDate": "2026-10-20", "closeDate": "2026-12-31",
              "goalIds": ["g-fw-chairs"],
              "activities": [
                {"date": "2026-10-20", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-fw-om"], "summary": "cold email", "text": "Hi Alex, our cutting-edge platform monitors any machine. We are the market leader. Do you have 15 minutes this week for a demo?"},
                {"date": "2026-11-03", "type": "call", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-fw-om"], "summary": "short call; they have no production equipment"}
              ]
            },
            {
              "id": "o-orion-porosity", "accountId": "a-orion", "name": "Porosity analytics, Toledo foundry", "owner": "Anna Kowal",
              "amount": 240000, "stage": "evaluation", "status": "open", "createdDate": "2026-08-20", "closeDate": "2027-04-30",
              "pausedUntil": "2027-01-15", "pauseReason": "Grace asked to wait until the Dayton move plan is approved in January; she set the restart date",
              "goalIds": ["g-or-porosity"],
              "needToChange": {"trigger": "truck maker raised reject penalties", "compellingEvent": {"what": "new supply agreement with reject penalties", "date": "2027-07-01"}, "costOfInactionPerMonth": 38000, "costOfInactionBasis": "rejected blocks at penalty rate", "costOfInactionGrowthPercentPerMonth": 1, "changeCost": 240000, "customerAcknowledged": true},
              "buyingProcess": [
                {"id": "b1", "title": "Foundry leadership agrees porosity is the priority", "kind": "align-team", "owner": "customer", "ownerStakeholderId": "s-or-vp", "due": "2026-09-30", "status": "done", "completed": "2026-09-12"},
                {"id": "b2", "title": "Data-access review with IT", "kind": "security-review", "owner": "customer", "ownerStakeholderId": "s-or-it", "due": "2027-01-31", "status": "not-started"},
                {"id": "b3", "title": "Trial on the engine-block line", "kind": "evaluation", "owner": "joint", "ownerStakeholderId": "s-or-qe", "due": "2027-03-15", "status": "not-started"}
              ],
              "stageHistory": [{"stage": "discovery", "date": "2026-08-20"}, {"stage": "evaluation", "date": "2026-09-20"}],
              "activities": [
                {"date": "2026-09-12", "type": "meeting", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-or-vp", "s-or-qe"], "summary": "site visit; Grace set the porosity goal"},
                {"date": "2026-09-20", "type": "meeting", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-or-it"], "summary": "IT worried about data leaving the plant"},
                {"date": "2026-10-02", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-or-qe"], "summary": "Victor shared reject data"},
                {"date": "2026-11-04", "type": "call", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-or-vp"], "summary": "Grace asked to pause until January", "customerCommitment": "Grace restarts the evaluation on 2027-01-15"}
              ]
            },
            {
              "id": "o-orion-dayton", "accountId": "a-orion", "name": "Dayton line transfer monitoring", "owner": "Anna Kowal",
              "amount": 95000, "stage": "proposal", "status": "open", "createdDate": "2026-09-15", "closeDate": "2026-12-15",
              "goalIds": ["g-or-consolidate"],
              "needToChange": {"trigger": "foundry consolidation announced", "compellingEvent": {"what": "Dayton foundry closes", "date": "2027-06-30"}, "costOfInactionPerMonth": 20000, "changeCost": 95000, "customerAcknowledged": true},
              "buyingProcess": [
                {"id": "b1", "title": "Transfer team names the lines to move first", "kind": "align-team", "owner": "customer", "ownerStakeholderId": "s-or-vp", "due": "2026-10-31", "status": "done", "completed": "2026-11-02"},
                {"id": "b2", "title": "IT signs off the remote-monitoring design", "kind": "security-review", "owner": "customer", "ownerStakeholderId": "s-or-it", "due": "2026-11-14", "status": "blocked", "blocker": "IT wants on-premise data storage"},
                {"id": "b3", "title": "Budget line in the consolidation plan", "kind": "budget", "owner": "customer", "ownerStakeholderId": "s-or-vp", "due": "2026-11-20", "status": "not-started"}
              ],
              "stageHistory": [{"stage": "discovery", "date": "2026-09-15"}, {"stage": "proposal", "date": "2026-10-20"}],
              "closeDateHistory": [{"closeDate": "2026-10-31", "changedOn": "2026-09-15"}, {"closeDate": "2026-11-30", "changedOn": "2026-10-25"}, {"closeDate": "2026-12-15", "changedOn": "2026-11-20"}],
              "activities": [
                {"date": "2026-10-20", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-or-vp"], "summary": "sent proposal"},
                {"date": "2026-11-02", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-or-vp"], "summary": "Grace sent the transfer order of lines"},
                {"date": "2026-11-14", "type": "meeting", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-or-it"], "summary": "Nadia blocked the cloud design"}
              ]
            },
            {
              "id": "o-granite-oee", "accountId": "a-granite", "name": "Frozen lines OEE programme", "owner": "Jamie Ortiz",
              "amount": 310000, "stage": "Proposal/Price Quote", "status": "open", "createdDate": "2026-06-01", "closeDate": "2026-12-31",
              "goalIds": ["g-gr-oee"],
              "buyingProcess": [
                {"id": "b1", "title": "Send proposal", "kind": "other", "owner": "seller", "due": "2026-11-01", "status": "done", "completed": "2026-10-30", "internal": true}
              ],
              "stageHistory": [{"stage": "Qualification", "date": "2026-06-01"}, {"stage": "Proposal/Price Quote", "date": "2026-10-30"}],
              "activities": [
                {"date": "2026-10-30", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-gr-eng"], "summary": "proposal sent to Owen", "text": "Owen, here is our proposal for the OEE programme. Our platform is best-in-class and we can offer a special end-of-quarter price if you sign by December 15."},
                {"date": "2026-11-16", "type": "call", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-gr-eng"], "summary": "Owen likes it but has not shown it to anyone"}
              ]
            },
            {
              "id": "o-granite-audit", "accountId": "a-granite", "name": "Audit records pilot", "owner": "Jamie Ortiz",
              "amount": 48000, "stage": "discovery", "status": "open", "createdDate": "2026-06-10", "closeDate": "2026-09-30",
              "goalIds": ["g-gr-audit"],
              "needToChange": {"trigger": "failed retailer audit in May"},
              "stageHistory": [{"stage": "discovery", "date": "2026-06-10"}],
              "closeDateHistory": [{"closeDate": "2026-08-31", "changedOn": "2026-06-10"}, {"closeDate": "2026-09-30", "changedOn": "2026-08-20"}],
              "activities": [
                {"date": "2026-06-10", "type": "call", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-gr-qa"], "summary": "Mia asked about audit records after the failed audit"},
                {"date": "2026-07-02", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-gr-qa"], "summary": "sent case study"},
                {"date": "2026-08-20", "type": "email", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-gr-qa"], "summary": "checked in", "text": "Hi Mia, just following up on my last email. Did you get a chance to look at the case study?"}
              ]
            },
            {
              "id": "o-northwind-energy", "accountId": "a-northwind", "name": "Energy attribution for all lines", "owner": "Sam Rivera",
              "amount": 90000, "stage": "discovery", "status": "open", "createdDate": "2026-11-05", "closeDate": "2027-06-30",
              "goalIds": ["g-nw-energy"],
              "needToChange": {"trigger": "energy bill up 30% year on year", "costOfInactionPerMonth": 12000, "costOfInactionBasis": "seller estimate: 5% of the energy bill is avoidable", "changeCost": 90000},
              "buyingProcess": [
                {"id": "b1", "title": "Marcus confirms energy cost is on the 2027 agenda", "kind": "align-team", "owner": "customer", "ownerStakeholderId": "s-nw-cfo", "due": "2026-12-15", "status": "not-started"}
              ],
              "stageHistory": [{"stage": "discovery", "date": "2026-11-05"}],
              "activities": [
                {"date": "2026-11-05", "type": "meeting", "direction": "outbound", "initiatedBy": "seller", "stakeholderIds": ["s-nw-coo"], "summary": "Dana mentioned the energy bill in passing", "text": "Dana, you mentioned the energy bill rose 30% this year. How is that showing up in the margin plan, and who owns it on your side?"}
              ]
            },
            {
              "id": "o-copperleaf-audit", "accountId": "a-copperleaf", "name": "Audit records for the brewhouse", "owner": "Sam Rivera",
              "amount": 22000, "stage": "closed won", "status": "won", "createdDate": "2026-03-02", "closeDate": "2026-06-15",
              "goalIds": ["g-cl-audit"],
              "stageHistory": [{"stage": "discovery", "date": "2026-03-02"}, {"stage": "closed won", "date": "2026-06-15"}],
              "activities": [{"date": "2026-06-15", "type": "email", "direction": "inbound", "initiatedBy": "customer", "stakeholderIds": ["s-cl-fin"], "summary": "PO received"}]
            },
            {
              "id": "o-millbrook-energy", "accountId": "a-millbrook", "name": "Dye-house energy monitoring", "owner": "Anna Kowal",
              "amount": 70000, "stage": "closed lost", "status": "lost", "lostReason": "no-decision", "createdDate": "2026-02-10", "closeDate": "2026-08-31",
              "stageHistory": [{"stage": "discovery", "date": "2026-02-10"}, {"stage": "closed lost", "date": "2026-08-31"}],
              "activities": [{"date": "2026-08-31", "type": "note", "direction": "internal", "summary": "Peter: not this year; nobody owned the energy problem"}]
            }
          ]
        }
        """#
}
