/// The OpenAPI 3.1 description of the JSON API, written by hand to describe exactly the routes that exist.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "SameSide API", "version": "0.1.0",
            "description": "Deals a signed-in user may see and their reviews. Sign in with POST /api/login; send the token as 'Authorization: Bearer …' (or use the session cookie, then send X-CSRF-Token on writes). A deal the user may not see is 404, never 403."},
          "servers": [{"url": "/"}],
          "components": {
            "securitySchemes": {
              "bearer": {"type": "http", "scheme": "bearer"},
              "cookie": {"type": "apiKey", "in": "cookie", "name": "sameside_session"}
            },
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
                "required": ["code", "message"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
              "Credentials": {"type": "object", "required": ["email", "password"],
                "properties": {"email": {"type": "string"}, "password": {"type": "string"}}},
              "Session": {"type": "object", "required": ["token", "csrfToken"],
                "properties": {"token": {"type": "string"}, "csrfToken": {"type": "string"}}},
              "DealRow": {"type": "object",
                "required": ["id", "name", "accountId", "accountName", "currency", "verdict", "health", "buyerVerifiedStage", "planStatus"],
                "properties": {
                  "id": {"type": "string"}, "name": {"type": "string"}, "accountId": {"type": "string"},
                  "accountName": {"type": "string"}, "owner": {"type": ["string", "null"]},
                  "ownerUser": {"type": ["string", "null"], "description": "email of the user the owner matched; null when unassigned"},
                  "amount": {"type": ["number", "null"]}, "currency": {"type": "string"},
                  "closeDate": {"type": ["string", "null"], "format": "date"},
                  "verdict": {"type": "string", "enum": ["customer-pulling", "progressing", "at-risk", "pushing-the-rope", "not-qualified"]},
                  "health": {"type": "integer"}, "sellerStageName": {"type": ["string", "null"]},
                  "buyerVerifiedStage": {"type": "string"}, "planStatus": {"type": "string"}}},
              "DealList": {"type": "object", "required": ["asOf", "deals", "page", "perPage", "total", "totals"],
                "properties": {
                  "asOf": {"type": "string", "format": "date"},
                  "deals": {"type": "array", "items": {"$ref": "#/components/schemas/DealRow"}},
                  "page": {"type": "integer"}, "perPage": {"type": "integer"},
                  "total": {"type": "integer", "description": "deals matching the filters, over all pages"},
                  "totals": {"type": "array", "description": "count and amount per currency over all matching deals",
                    "items": {"type": "object", "required": ["currency", "deals", "amount"], "properties": {
                      "currency": {"type": "string"}, "deals": {"type": "integer"}, "amount": {"type": "number"}}}}}},
              "Review": {"type": "object", "required": ["asOf", "deals", "summary"], "description": "the review JSON of spec/cli.md, with one deal",
                "properties": {"asOf": {"type": "string"}, "deals": {"type": "array", "items": {"type": "object"}}, "summary": {"type": "object"}}},
              "DealEdit": {"type": "object", "required": ["version"], "properties": {
                "version": {"type": "integer", "description": "the version read; 409 when the deal changed since"},
                "name": {"type": "string"}, "stage": {"type": ["string", "null"]}, "amount": {"type": ["number", "null"], "minimum": 0},
                "closeDate": {"type": ["string", "null"], "format": "date"}, "owner": {"type": ["string", "null"]},
                "pausedUntil": {"type": ["string", "null"], "format": "date"},
                "pauseReason": {"type": ["string", "null"], "description": "required when pausedUntil is set"}}},
              "DealEdited": {"type": "object", "required": ["id", "version", "name"], "properties": {
                "id": {"type": "string"}, "version": {"type": "integer"}, "name": {"type": "string"},
                "stage": {"type": ["string", "null"]}, "amount": {"type": ["number", "null"]},
                "closeDate": {"type": ["string", "null"]}, "owner": {"type": ["string", "null"]},
                "pausedUntil": {"type": ["string", "null"]}, "pauseReason": {"type": ["string", "null"]}}},
              "GoalRequest": {"type": "object", "required": ["statement"], "properties": {
                "statement": {"type": "string", "description": "what the customer wants to achieve; not only spaces, at most 200,000 characters"},
                "category": {"type": "string", "enum": ["growth", "market-share", "new-product", "customer-acquisition", "customer-service", "operational-efficiency", "cost", "margin", "risk", "compliance", "people", "other"]},
                "metric": {"type": "string", "description": "required when target is given"},
                "baseline": {"type": "number"}, "target": {"type": "number"},
                "due": {"type": "string", "format": "date"},
                "source": {"type": "string", "enum": ["customer-stated", "seller-assumed"], "default": "customer-stated"},
                "dealVersion": {"type": "integer", "description": "the deal's version the change was made from; 409 when it changed"},
                "accountVersion": {"type": "integer"}}},
              "GoalAdded": {"type": "object", "required": ["goal", "dealVersion", "accountVersion"], "properties": {
                "goal": {"type": "object"}, "dealVersion": {"type": "integer"}, "accountVersion": {"type": "integer"}}},
              "CoachRequest": {"type": "object", "required": ["text"], "properties": {
                "text": {"type": "string", "maxLength": 200000, "description": "the message; at most 200,000 bytes of UTF-8, not only spaces"},
                "kind": {"type": "string", "enum": ["email", "message", "note", "transcript"], "default": "email"},
                "dealId": {"type": "string", "description": "a deal the user may see; its goals are checked against the text"}}},
              "CoachReport": {"type": "object", "required": ["verdict", "score", "metrics", "findings"],
                "properties": {"verdict": {"type": "string", "enum": ["customer-centric", "mixed", "seller-centric"]},
                  "score": {"type": "integer"}, "metrics": {"type": "object"},
                  "findings": {"type": "array", "items": {"type": "object", "required": ["kind", "category", "text", "start", "end", "suggestion"],
                    "properties": {"kind": {"type": "string"}, "category": {"type": "string"}, "text": {"type": "string"},
                      "start": {"type": "integer"}, "end": {"type": "integer"}, "suggestion": {"type": "string"}}}}}}
            },
            "responses": {
              "Error": {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "paths": {
            "/healthz": {"get": {"summary": "200 when the store answers", "security": [],
              "responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
            "/api/login": {"post": {"summary": "sign in", "security": [],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Credentials"}}}},
              "responses": {"200": {"description": "signed in; also sets the session cookie",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                "413": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}}},
            "/api/logout": {"post": {"summary": "end the session", "security": [{"bearer": []}, {"cookie": []}],
              "responses": {"204": {"description": "signed out"}, "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"}}}},
            "/api/deals": {"get": {"summary": "the open deals the user may see", "security": [{"bearer": []}, {"cookie": []}],
              "parameters": [
                {"name": "verdict", "in": "query", "schema": {"type": "string", "enum": ["customer-pulling", "progressing", "at-risk", "pushing-the-rope", "not-qualified"]}},
                {"name": "owner", "in": "query", "schema": {"type": "string"}, "description": "owner text, user email or name, or 'unassigned'"},
                {"name": "stage", "in": "query", "schema": {"type": "string"}},
                {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["verdict", "health", "amount", "close", "name", "owner"]}},
                {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
              "responses": {"200": {"description": "a page of deals", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DealList"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}},
            "/api/deals/{id}/review": {"get": {"summary": "the review of one open deal", "security": [{"bearer": []}, {"cookie": []}],
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {"200": {"description": "the review", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Review"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/deals/{id}": {"patch": {"summary": "change a deal's own fields (left out: kept; null: cleared)",
              "security": [{"bearer": []}, {"cookie": []}],
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DealEdit"}}}},
              "responses": {"200": {"description": "the deal as saved, with its new version",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DealEdited"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}}}},
            "/api/deals/{id}/goals": {"post": {"summary": "add a customer goal to a deal the user may change",
              "security": [{"bearer": []}, {"cookie": []}],
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GoalRequest"}}}},
              "responses": {"201": {"description": "the goal added and the new versions",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GoalAdded"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}}}},
            "/api/coach": {"post": {"summary": "the message coach on one text, optionally against a deal's goals; nothing is stored",
              "security": [{"bearer": []}, {"cookie": []}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoachRequest"}}}},
              "responses": {"200": {"description": "the coach's report (the JSON of sameside coach --format json)",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CoachReport"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                "413": {"$ref": "#/components/responses/Error"}}}}
          }
        }
        """#
}
