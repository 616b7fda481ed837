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
                  "verdictLabel": {"type": "string", "description": "the verdict in words"},
                  "health": {"type": "integer"}, "sellerStageName": {"type": ["string", "null"]},
                  "pull": {"type": "integer", "description": "the customer's pull, 0-100"},
                  "pressure": {"type": "integer", "description": "our pressure, 0-100 (higher is more pressure)"},
                  "weightedAmount": {"type": ["number", "null"], "description": "amount x the buyer-verified stage's probability (docs/web.md)"},
                  "buyerVerifiedStage": {"type": "string"}, "planStatus": {"type": "string"}}},
              "DealList": {"type": "object", "required": ["asOf", "deals", "page", "perPage", "total", "totals"],
                "properties": {
                  "asOf": {"type": "string", "format": "date"},
                  "deals": {"type": "array", "items": {"$ref": "#/components/schemas/DealRow"}},
                  "page": {"type": "integer"}, "perPage": {"type": "integer"},
                  "total": {"type": "integer", "description": "deals matching the filters, over all pages"},
                  "totals": {"type": "array", "description": "count, amount and weighted amount per currency over all matching deals",
                    "items": {"$ref": "#/components/schemas/Total"}},
                  "totalsByVerdict": {"type": "array", "description": "the same per verdict and currency",
                    "items": {"$ref": "#/components/schemas/Total"}},
                  "totalsByStage": {"type": "array", "description": "the same per buyer-verified stage and currency",
                    "items": {"$ref": "#/components/schemas/Total"}}}},
              "Total": {"type": "object", "required": ["currency", "deals", "amount"], "properties": {
                "verdict": {"type": "string"}, "buyerVerifiedStage": {"type": "string"},
                "currency": {"type": "string"}, "deals": {"type": "integer"}, "amount": {"type": "number"},
                "weightedAmount": {"type": "number"}}},
              "Review": {"type": "object", "required": ["asOf", "deals", "summary"], "description": "the review JSON of spec/cli.md, with one deal",
                "properties": {"asOf": {"type": "string"}, "deals": {"type": "array", "items": {"type": "object"}}, "summary": {"type": "object"}}}
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
                "429": {"$ref": "#/components/responses/Error"}}}},
            "/api/logout": {"post": {"summary": "end the session", "security": [{"bearer": []}, {"cookie": []}],
              "responses": {"204": {"description": "signed out"}, "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"}}}},
            "/api/deals": {"get": {"summary": "the open deals the user may see", "security": [{"bearer": []}, {"cookie": []}],
              "parameters": [
                {"name": "verdict", "in": "query", "schema": {"type": "string", "enum": ["customer-pulling", "progressing", "at-risk", "pushing-the-rope", "not-qualified"]}},
                {"name": "owner", "in": "query", "schema": {"type": "string"}, "description": "owner text, user email or name, or 'unassigned'"},
                {"name": "team", "in": "query", "schema": {"type": "string"}, "description": "deals whose owner is a user of this team"},
                {"name": "stage", "in": "query", "schema": {"type": "string"}, "description": "the seller's stage name, exact"},
                {"name": "buyer_stage", "in": "query", "schema": {"type": "string", "enum": ["prospecting", "discovery", "qualification", "evaluation", "proposal", "negotiation", "closing", "committed"]}},
                {"name": "close", "in": "query", "schema": {"type": "string", "enum": ["this-quarter", "next-quarter", "overdue"]}, "description": "close date relative to the review's as-of day"},
                {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "words (at most 8) that must all appear in the deal's or the account's name"},
                {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["verdict", "health", "amount", "close", "name", "owner", "pull", "pressure", "stage"]}},
                {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
              "responses": {"200": {"description": "a page of deals", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DealList"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}}}},
            "/metrics": {"get": {"summary": "request counts and latencies in Prometheus text format (admins, or any caller on loopback)",
              "security": [{"bearer": []}, {"cookie": []}],
              "responses": {"200": {"description": "metrics", "content": {"text/plain": {"schema": {"type": "string"}}}},
                "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/deals/{id}/review": {"get": {"summary": "the review of one open deal", "security": [{"bearer": []}, {"cookie": []}],
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {"200": {"description": "the review", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Review"}}}},
                "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"}}}}
          }
        }
        """#
}
