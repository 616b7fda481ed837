/// The built-in coach lexicon, in the JSON schema described in docs/coach.md (a playbook adds to it).
///
/// It is compiled in rather than shipped as a SwiftPM resource: `Bundle.module` on Linux looks for a
/// `sameside_SameSideCore.resources` folder beside the executable and traps when it is missing, so an
/// installed or copied `sameside` binary would crash on its first coach call. A string literal cannot go missing.
enum StandardLexiconData {
    static let json = ##"""
{
  "classes": {
    "day": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight",
            "today", "eod", "eow", "cob", "noon", "mon", "tue", "tues", "wed", "thu", "thurs", "fri"],
    "period": ["quarter", "month", "year", "week", "q1", "q2", "q3", "q4", "fiscal year", "fy", "half"],
    "ourperiod": ["quarter", "month", "year", "q1", "q2", "q3", "q4", "fiscal year", "fy", "half"],
    "soft": ["just", "simply", "quickly", "only", "really", "again", "gently"],
    "deal": ["po", "purchase order", "contract", "agreement", "paperwork", "order form", "proposal", "quote",
             "signature", "docusign", "deal", "order", "sow", "msa", "renewal", "invoice", "documents"],
    "disc": ["discount", "discounts", "discounted", "% off", "percent off", "price break", "special pricing",
             "special price", "special offer", "promo", "promotion", "promotional pricing", "incentive",
             "rebate", "free months", "months free", "extra month", "extra months", "waive", "waived",
             "lock in", "locked in", "hold the price", "hold this price", "hold the pricing", "hold pricing",
             "current pricing", "current price", "this price", "this pricing", "pricing", "price",
             "off the list price", "concession", "sweeten", "sweetener"]
  },
  "words": {
    "customer": ["you", "your", "yours", "yourself", "yourselves", "ya", "u", "ur"],
    "seller": ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"],
    "possessiveCustomer": ["your", "yours", "ur"],
    "negators": ["no", "not", "never", "without", "nor", "neither", "nothing", "none", "zero"],
    "yesNoStarters": ["do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
                      "shall", "have", "has", "had", "may", "might", "am", "any", "anything", "ready", "want",
                      "interested", "open", "free", "available", "ok", "okay", "sound", "sounds", "make",
                      "worth", "fancy", "still", "got"],
    "openStarters": ["what", "how", "why", "which", "who", "whom", "whose", "where", "when", "tell", "walk",
                     "describe", "explain", "help", "curious", "wondering"],
    "questionLeadIns": ["so", "and", "but", "also", "then", "now", "hey", "hi", "ok", "okay", "out", "of",
                        "curiosity", "quick", "question", "just", "well", "oh", "one", "more", "thing", "last",
                        "btw", "by", "the", "way", "in", "view", "am", "to", "ask", "mind", "if", "fair"],
    "businessTerms": ["goal", "goals", "priority", "priorities", "challenge", "challenges", "problem",
                      "problems", "issue", "issues", "process", "processes", "team", "teams", "customers",
                      "customer", "clients", "patients", "students", "members", "users", "business",
                      "strategy", "plan", "plans", "planning", "target", "targets", "metric", "metrics",
                      "measure", "measured", "measuring", "success", "successful", "succeed", "cost", "costs",
                      "costing", "risk", "risks", "budget", "budgets", "approval", "approve", "approves",
                      "approved", "decide", "decides", "decision", "decisions", "involved", "stakeholders",
                      "board", "leadership", "management", "cfo", "ceo", "obstacle", "obstacles", "blocker",
                      "blockers", "hurdle", "hurdles", "stand", "standing", "worry", "worries", "concern",
                      "concerns", "impact", "affect", "affects", "revenue", "growth", "margin", "margins",
                      "downtime", "churn", "retention", "compliance", "audit", "deadline", "timeline",
                      "timelines", "launch", "rollout", "migration", "workflow", "workflows", "today",
                      "currently", "handle", "handling", "manage", "managing", "solve", "solving", "trying",
                      "achieve", "achieving", "improve", "improving", "reduce", "reducing", "increase",
                      "increasing", "change", "changing", "changed", "happen", "happens", "happening",
                      "operations", "ops", "staff", "staffing", "people", "hiring", "volume", "capacity",
                      "backlog", "quality", "safety", "outcome", "outcomes", "results", "result", "kpi", "kpis",
                      "okr", "okrs", "roi", "payback", "criteria", "requirements", "evaluate", "evaluating",
                      "evaluation", "procurement", "security", "legal", "steps", "step", "matter", "matters",
                      "important", "pain", "struggle", "struggling", "slow", "delay", "delays", "losing",
                      "lose", "lost", "spend", "spending", "hours", "mean", "means", "look", "like", "work",
                      "works", "working", "worked", "tried", "expect", "expectations", "priority", "season",
                      "shift", "shifts", "line", "plant", "site", "sites", "store", "stores", "clinic", "fleet",
                      "pipeline", "quota", "forecast", "reporting", "data", "tools", "system", "systems"],
    "closingTerms": ["sign", "signed", "signing", "signature", "po", "contract", "paperwork", "docusign",
                     "close", "closed", "closing", "commit", "commitment", "purchase", "order", "deal",
                     "countersign", "countersigned", "invoice", "buy", "proceed"],
    "objectVerbs": ["show", "send", "sending", "give", "offer", "tell", "let", "walk", "get", "remind", "invite",
                    "introduce", "book", "schedule", "ping", "email", "call", "demo", "brief", "update",
                    "thank", "thanks", "bother", "trouble", "interrupt", "catch", "reach", "connect", "meet",
                    "join", "put", "sign", "onboard", "share", "loop", "keep", "hit", "bug", "chase", "pitch"],
    "sellerSubjectVerbs": ["love", "enjoy", "adore", "be", "impressed", "amazed", "blown", "find", "agree",
                           "appreciate", "benefit", "wonder", "regret"],
    "goalCues": ["need", "needs", "needed", "want", "wants", "goal", "goals", "target", "targets", "trying",
                 "aim", "aiming", "plan", "planning", "must", "problem", "problems", "issue", "issues",
                 "challenge", "challenges", "struggle", "struggling", "losing", "lose", "lost", "costs", "cost",
                 "costing", "reduce", "cut", "increase", "grow", "improve", "hit", "reach", "deadline",
                 "priority", "priorities", "biggest", "pain", "hurts", "hurting", "%", "percent", "hours",
                 "days", "weeks", "months", "million", "thousand", "k", "by", "before", "worried", "risk"],
    "customerSelf": ["we", "our", "us", "i", "my", "ours", "me"]
  },
  "groups": [
    {
      "kind": "pressure", "category": "chasing",
      "suggestion": "Drop the check-in; send something useful for their goal instead (a finding, a number, a next step that helps them) and say why it matters to them now.",
      "phrases": [
        "({soft}|) checking in", "({soft}|) check in", "({soft}|) touching base", "({soft}|) touch base",
        "({soft}|) following up", "({soft}|) follow up on", "wanted to follow up", "circling back", "circle back",
        "bumping this", "bump this", "bumping this up", "bumping this to the top", "bringing this to the top",
        "floating this", "resurfacing this", "pinging you", "({soft}|) ping you", "just a reminder",
        "friendly reminder", "gentle reminder", "quick reminder", "gentle nudge", "nudge", "nudging",
        "haven't heard back", "have not heard back", "haven't heard from you", "didn't hear back",
        "did not hear back", "not heard back", "never heard back", "still waiting", "still haven't heard",
        "in case you missed", "in case my last email", "in case this got buried", "got buried",
        "buried in your inbox", "slipped through the cracks", "fell through the cracks", "my last email",
        "my previous email", "my previous message", "my last message", "my last few emails", "my emails",
        "my voicemail", "my voicemails", "my calls", "left you a voicemail", "left a voicemail",
        "tried calling", "tried to reach you", "trying to reach you", "tried reaching you",
        "reaching out again", "reach out again", "one more time", "another try", "third time",
        "not sure if you saw", "did you see my", "did you get my", "have you seen my", "did my email",
        "as per my last", "per my last email", "should i close your file", "close your file",
        "closing the loop", "close the loop", "should i stop reaching out", "break up email", "breakup email",
        "assume you're not interested", "i'll assume", "take that as a no", "haven't been able to connect",
        "keep missing each other", "playing phone tag", "phone tag", "any thoughts on my", "thoughts on my last"
      ]
    },
    {
      "kind": "pressure", "category": "status-demand",
      "suggestion": "Ask what still has to happen on their side (approvals, budget, procurement) and offer to help with it, instead of asking for status.",
      "phrases": [
        "any update", "any updates", "any news", "any progress", "an update on", "update me",
        "where are we on", "where are we with", "where do we stand", "where things stand", "where we stand",
        "where is the {deal}", "where's the {deal}", "where the {deal} is", "where the {deal} stands",
        "status of the {deal}", "status on the {deal}", "status of my", "status update", "what's the status",
        "what is the status", "when can i expect", "when can we expect", "when will i get", "when will we get",
        "when will i receive", "when will we receive", "when can i get", "when should i expect",
        "when will you sign", "when will you be signing", "when can you sign", "have you signed",
        "did you sign", "get this signed", "get it signed", "get the {deal} signed", "get that signed",
        "send (me|us) the {deal}", "send over the (po|signed contract|purchase order|signed agreement)",
        "(i|we) need the {deal}", "(i|we) need that {deal}", "waiting on the {deal}", "waiting for the {deal}",
        "waiting on your {deal}", "waiting for your {deal}", "still waiting on", "asked for the {deal}",
        "asking for the {deal}", "asking where the {deal}", "chase the {deal}", "chasing the {deal}",
        "have you had a chance", "have you had the chance", "did you get a chance", "did you have a chance",
        "did you have time to", "had a chance to review", "had time to review", "had a chance to look",
        "had a chance to sign", "has the {deal} been", "is the {deal} ready", "is there an update",
        "is there any update", "any word on", "any word from", "what's holding up", "what is holding up",
        "what's the holdup", "what's the hold up", "what is taking so long", "taking so long", "why the delay",
        "push this through", "push it through", "push this over the line", "get this over the line",
        "get it over the line", "get this across the line", "get this done", "get this wrapped up",
        "wrap this up", "close this out", "close this off", "get this closed", "ready to move forward",
        "ready to sign", "ready to proceed", "ready to buy", "are we good to go", "decision yet",
        "made a decision yet", "have you made a decision", "have you reached a decision",
        "has a decision been made", "next steps on your end", "expect the {deal}", "signed contract back",
        "send it back signed", "sign and return", "sign it and send"
      ]
    },
    {
      "kind": "pressure", "category": "seller-deadline",
      "suggestion": "Tie timing to their compelling event (their go-live, audit, season, budget date) and not to our quarter or month.",
      "phrases": [
        "end of (the|this|our|my|) {ourperiod}", "before (the|this|our|) {ourperiod} (ends|closes|end|close)",
        "by (the|) end of (the|this|our|) {ourperiod}", "close of (the|) {ourperiod}",
        "our {ourperiod}", "our {ourperiod} end", "my {ourperiod}", "my number", "my numbers", "my quota",
        "our quota", "my target", "my targets", "our targets", "my forecast", "our forecast",
        "hit my number", "hit our number", "make my number", "on the books", "{ourperiod} end",
        "month end", "year end", "quarter end", "fiscal year end", "eoq", "eom", "eoy", "qtr end",
        "(sign|signed|commit|committed|decision|paperwork|po|contract|order) (by|before) {day}",
        "(sign|signed|commit|committed|decision|paperwork|po|contract|order) (by|before) (the|) end of (the|) (day|week|month|quarter)",
        "need (a|your|the|an) (answer|decision|commitment|signature|yes|po) by",
        "need (it|this|that) (signed|back|done|finalised|finalized|approved) by",
        "need to (know|hear) by", "let me know by {day}", "by close of business", "by cob", "by eod",
        "deadline is", "our deadline", "my deadline", "hard deadline", "cut off date", "cutoff date",
        "cut off is", "cutoff is", "the cutoff", "the cut off"
      ]
    },
    {
      "kind": "pressure", "category": "discount-for-speed",
      "suggestion": "Keep price out of timing. If the price is right it is right next month too; help them through their own steps instead.",
      "phrases": [
        "hold (the|this|that|your|our|) (discount|price|pricing|rate|offer|quote)",
        "(discount|price|pricing|offer|rate|quote|promotion|promo|deal) (expires|ends|goes away|disappears|is only good|is only valid|is valid until|is good until|won't last)",
        "(discount|price|pricing|offer|rate|quote|promotion|promo) (only|) (valid|good|available) (until|through|till|for)",
        "(discount|offer|pricing) (if|when) you sign", "if you sign (by|before|this|today|now)",
        "if you can sign", "if we can get (this|it|the {deal}) signed", "if we get (this|it|the {deal}) signed",
        "if you commit (by|before|this|today|now)", "if you can commit", "sign (this|) (week|month|quarter|today)",
        "sign today", "sign now", "signed this week", "signed this month", "signed this quarter",
        "extra discount", "additional discount", "further discount", "deeper discount", "bigger discount",
        "knock (off|down)", "throw in", "sweeten the deal", "sweeten it", "i can sweeten", "price increase",
        "prices go up", "price goes up", "prices are going up", "pricing goes up", "rates go up",
        "lock in (the|this|your|our|) (price|pricing|rate|discount)", "locked in pricing", "early signing",
        "early signature", "signing bonus", "fast action", "fast mover", "early bird",
        "if you move (fast|quickly|now|forward this)", "move quickly", "act fast", "act quickly",
        "special (pricing|price|discount|deal|offer) (for|if) (you|signing|this)", "approve a discount",
        "approved a discount", "approval for a discount", "got you a discount", "get you a discount",
        "get you a better price", "squeeze out", "best and final", "final offer",
        "% off (if|for|when|this|before|by)", "percent off (if|for|when|this|before|by)",
        "off (for|with) a po", "for a po this", "po this month", "po this quarter", "po this week",
        "po by", "po before"
      ]
    },
    {
      "kind": "pressure", "category": "guilt",
      "suggestion": "Leave our effort and our needs out of it; their decision is about their business. Ask what would make this worth their time instead.",
      "phrases": [
        "put a lot of (time|work|effort) into", "put in a lot of (time|work|effort)", "put so much (time|work|effort)",
        "invested a lot of time", "invested so much", "spent a lot of time", "spent so much time", "after all the work",
        "after all the time", "after all our", "after all we've", "after everything we", "all the work we",
        "all the effort we", "all the time we", "went to bat for you", "went out on a limb", "stuck my neck out",
        "my neck is on the line", "pulled strings", "pulled some strings", "called in favours", "called in favors",
        "fought for", "fought hard", "i need this", "i really need this", "help me out", "do me a favour",
        "do me a favor", "a favour to me", "a favor to me", "i'm counting on you", "counting on you", "you promised",
        "you said you would", "as you committed", "we had a deal", "i'd hate for", "i would hate for",
        "would be a shame", "it would be a shame", "don't leave me hanging", "left hanging", "leave me hanging",
        "ghosted", "ghosting", "gone dark", "gone quiet", "radio silence", "feel like i'm bothering",
        "i'm getting worried", "let me down", "let us down", "the least you could do", "get in trouble",
        "in trouble with", "you owe me", "you owe us", "i'm disappointed", "i am disappointed", "i was disappointed",
        "we're disappointed", "bit disappointed", "a little disappointed", "i'm frustrated", "i am frustrated",
        "my job is on the line", "my bonus", "my commission", "my manager", "my boss", "my vp", "my director",
        "my leadership", "my sales manager"
      ]
    },
    {
      "kind": "pressure", "category": "false-urgency",
      "suggestion": "Say what is true about their timing (their event, their cost of waiting) or leave urgency out.",
      "phrases": [
        "limited time", "for a limited time", "last chance", "final chance", "one time offer", "act now",
        "don't miss out", "do not miss out", "don't miss this", "miss out", "won't last", "will not last",
        "while (it|they|supplies) (lasts|last)", "only a few (spots|seats|slots|left)", "spots are filling",
        "filling up fast", "selling out", "almost gone", "only (one|two|three|1|2|3) (spots|seats|slots) left",
        "few spots left", "few slots left", "few seats left", "today only", "this week only",
        "ends (today|tonight|tomorrow|friday|soon)", "expires (today|tonight|tomorrow|friday|soon|on|at)",
        "time is running out", "running out of time", "clock is ticking", "before it's too late",
        "before it is too late", "now or never", "time sensitive", "don't wait", "do not wait",
        "before (the|this) (offer|price|discount|deal) (ends|expires)",
        "other (companies|customers|buyers) are (waiting|interested|lining up)", "lose (your|the) (spot|slot|place)",
        "first come first served", "exclusive offer", "exploding offer", "need to move fast",
        "need to move quickly", "have to move fast", "must act", "quick decision",
        "(sign|reply|respond|decide|decision|answer|get back to me|let me know|confirm|approve) (asap|as soon as possible|urgently|immediately|right away)",
        "this is urgent", "it's urgent that", "offer expires", "pricing expires", "price expires"
      ]
    },
    {
      "kind": "pitch", "category": "superlative",
      "suggestion": "Cut the adjective; replace it with one fact about a customer like them (their metric, before and after).",
      "phrases": [
        "industry leading", "industry leader", "market leading", "market leader", "leading provider",
        "leading platform", "leading solution", "a leader in", "the leader in", "best in class", "best of breed",
        "world class", "cutting edge", "state of the art", "next generation", "next gen", "revolutionary",
        "revolutionise", "revolutionize", "game changer", "game changing", "disruptive", "groundbreaking",
        "ground breaking", "breakthrough", "innovative", "unparalleled", "unmatched", "unrivaled", "unrivalled",
        "second to none", "the #1", "#1", "number one", "top rated", "award winning", "world's first",
        "world's leading", "premier", "robust", "seamless", "seamlessly", "powerful", "one stop shop",
        "all in one", "end to end", "turnkey", "uniquely positioned", "proprietary", "patented", "ai powered",
        "ai driven", "powered by ai", "blazing fast", "lightning fast", "super easy", "incredibly easy",
        "easy to use", "intuitive", "scalable", "enterprise grade", "military grade", "bank grade", "trusted by",
        "used by over", "loved by", "chosen by", "fortune 500", "fortune 100", "leading brands", "top brands",
        "companies like", "brands like", "thousands of companies", "thousands of customers",
        "hundreds of companies", "millions of users", "10x", "double your", "triple your", "skyrocket",
        "supercharge", "turbocharge", "unleash", "empower", "empowers", "transform your",
        "take your business to the next level", "to the next level", "synergy", "synergies", "leverage our",
        "best kept secret",
        "the best (solution|platform|tool|product|software|choice|option|partner|provider|service)"
      ]
    },
    {
      "kind": "pitch", "category": "product-talk",
      "suggestion": "Talk about their problem before our product: name their goal or the problem they told you about, then one way we help with it.",
      "phrases": [
        "our (platform|solution|solutions|product|products|software|tool|tools|app|technology|tech|system|service|services|offering|offerings|suite|engine|api|features|feature set|capabilities|dashboard|module|modules|integration|integrations|team of experts|experts|company|firm|agency)",
        "my (platform|solution|product|company|firm|agency)",
        "we (offer|provide|deliver|specialize|specialise|sell|build|make|develop)",
        "we are (a|an|the) (leading|premier|trusted|global|fast growing)", "we're (a|an|the)",
        "i work (for|at|with) (a|an)",
        "we help (companies|businesses|teams|organizations|organisations|brands|firms|leaders|people)",
        "we've helped", "we have helped", "we work with (companies|businesses|teams|brands|leaders|clients)",
        "our clients", "our customers", "our new", "our latest", "new feature", "new features", "latest release",
        "latest version", "just launched", "we just launched", "we've just released", "we just released",
        "(key|main|top|core) features", "features include", "feature list", "packed with", "comes with",
        "out of the box", "plug and play", "book a demo", "schedule a demo", "a quick demo", "a demo",
        "free trial", "free demo", "quick call", "quick chat", "15 minutes", "15 mins", "fifteen minutes",
        "20 minutes", "30 minutes", "10 minutes", "few minutes of your time", "hop on a call", "jump on a call",
        "hop on a quick call", "jump on a quick call", "set up a call", "show you (how|what|our)",
        "walk you through (our|the platform|the product|how we)", "give you a (demo|tour|walkthrough)",
        "(you'll|you will) (love|enjoy|be impressed|be amazed|be blown away|see why|wonder how)",
        "you won't believe", "you will not believe", "you won't regret", "imagine if you could",
        "what if i told you", "case study", "case studies", "roi calculator", "whitepaper", "white paper",
        "brochure", "one pager", "our website", "check out our", "learn more", "click here", "sign up",
        "get started", "special offer for you", "love to show you", "excited to share", "thrilled to announce",
        "excited to announce", "proud to announce", "pleased to announce", "happy to announce"
      ]
    },
    {
      "kind": "seller-focus", "category": "self-introduction",
      "suggestion": "Open with them, not us: one line on what you noticed about their business or what they told you, then your question.",
      "phrases": [
        "my name is", "allow me to introduce", "let me introduce myself", "i wanted to introduce myself",
        "i'd like to introduce myself", "i would like to introduce myself", "introduce myself",
        "i am reaching out", "i'm reaching out", "reaching out (from|on behalf of|because we)",
        "i am writing to introduce", "i'm writing to introduce",
        "(i'm|i am) (the|your) (account executive|ae|sdr|bdr|sales rep|rep|representative|new)",
        "i hope this email finds you well", "hope this email finds you well", "hope this finds you well",
        "i hope you are doing well", "hope you're doing well", "hope you are well", "hope all is well",
        "hope you're having a great week", "hope your week is going well", "hope you had a great weekend",
        "sorry to bother you", "sorry to interrupt", "i know you're busy", "i know you are busy",
        "i'll keep this short", "i'll be brief", "did i catch you at a bad time", "is this a bad time",
        "do you have a minute", "got a minute", "got a sec", "you don't know me", "you may not know me",
        "cold call", "i'll make this quick", "quick intro", "quick introduction"
      ]
    }
  ],
  "cooccurrence": [
    {
      "kind": "pressure", "category": "discount-for-speed",
      "suggestion": "Keep price out of timing. If the price is right it is right next month too; help them through their own steps instead.",
      "all": [
        ["{disc}", "lower price", "better price", "better rate", "price break"],
        ["sign", "signed", "signing", "commit", "commits", "po", "purchase order", "by {day}", "before {day}",
         "by end", "before end", "end of", "this {ourperiod}", "expires", "expire", "deadline", "only until",
         "valid through", "good through", "valid until", "good until", "asap", "move forward", "go ahead",
         "today only", "this week"]
      ],
      "sentenceMustNotContain": ["your budget", "your board", "your deadline", "no rush", "no pressure", "whenever"]
    },
    {
      "kind": "pressure", "category": "status-demand", "questionsOnly": true,
      "suggestion": "Ask what still has to happen on their side (approvals, budget, procurement) and offer to help with it, instead of asking for status.",
      "all": [
        ["{deal}", "signature", "signed", "decision", "approval", "sign off"],
        ["any update", "update", "updates", "status", "where", "when", "eta", "yet", "still", "progress",
         "news", "timing", "expect", "holding", "holdup", "hold up", "waiting"]
      ],
      "sentenceMustNotContain": ["your team", "your side", "help", "helps", "you need", "stand in", "standing in",
                                 "in the way", "steps", "process", "who else", "blocker", "blocking"]
    },
    {
      "kind": "pressure", "category": "seller-deadline",
      "suggestion": "Tie timing to their compelling event (their go-live, audit, season, budget date) and not to our quarter or month.",
      "all": [
        ["sign", "signed", "signing", "commit", "decision", "decide", "po", "contract", "paperwork",
         "agreement", "answer", "approve", "approved", "go ahead"],
        ["by {day}", "before {day}", "by the end", "by end", "before the end", "end of", "this {ourperiod}",
         "month end", "quarter end", "year end", "eoq", "eom", "eoy", "deadline", "cutoff", "cut off"]
      ],
      "sentenceMustNotContain": ["your deadline", "your go live", "your launch", "your audit", "your board",
                                 "your team", "your timeline", "you mentioned", "you said", "your fiscal",
                                 "your budget", "your quarter", "your year", "your month", "your plan",
                                 "your schedule", "your side", "for you", "no rush", "no pressure", "no deadline",
                                 "whenever", "your process", "your own", "i'll send", "we'll send", "i will send",
                                 "we will send", "i'll have", "we'll have", "i'll get", "we'll get"]
    }
  ]
}
"""##
}
