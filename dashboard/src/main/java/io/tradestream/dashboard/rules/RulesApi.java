package io.tradestream.dashboard.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.JsonBodies;
import io.tradestream.dashboard.web.SignedInUser;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/rules}: a trader lists, validates, creates, edits, pauses, resumes and deletes their
 * own rules. Another user's rule id is "not found" for everything but creation, where the job
 * refuses it (ids are global and the job knows every owner).
 */
public final class RulesApi {
    private final RuleBook book;
    private final RuleDrafts drafts;
    private final RuleRequests requests;
    private final Versions versions;

    public RulesApi(RuleBook book, RuleDrafts drafts, RuleRequests requests, Versions versions) {
        this.book = book;
        this.drafts = drafts;
        this.requests = requests;
        this.versions = versions;
    }

    public void register(Javalin app) {
        app.get("/api/rules", ctx -> ctx.json(book.list(SignedInUser.of(ctx))));
        app.post("/api/rules/validate", this::validate);
        app.post("/api/rules", this::create);
        app.put("/api/rules/{id}", this::replace);
        app.post("/api/rules/{id}/pause", ctx -> lifecycle(ctx, "pause"));
        app.post("/api/rules/{id}/resume", ctx -> lifecycle(ctx, "resume"));
        app.delete("/api/rules/{id}", ctx -> lifecycle(ctx, "delete"));
    }

    private void validate(Context ctx) {
        ApiException problem = drafts.validate(SignedInUser.of(ctx), JsonBodies.object(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", problem == null);
        if (problem != null) {
            body.putAll(problem.body());
        }
        ctx.json(body);
    }

    private void create(Context ctx) throws InterruptedException {
        String user = SignedInUser.of(ctx);
        ObjectNode body = JsonBodies.object(ctx);
        String id = JsonBodies.text(body, "id");
        long held = 0;
        if (id != null) {
            RuleRow existing = book.find(user, id).orElse(null);
            if (existing != null && existing.exists()) {
                throw ApiException.conflict(
                        "you already have a rule '" + id + "': edit it, or choose another id");
            }
            held = existing == null ? 0 : existing.version();
        }
        ObjectNode request = drafts.upsert(user, body, versions.next(held));
        respond(ctx, requests.submit(user, request.get("id").textValue(), request));
    }

    private void replace(Context ctx) throws InterruptedException {
        String user = SignedInUser.of(ctx);
        String id = ctx.pathParam("id");
        ObjectNode body = JsonBodies.object(ctx);
        if (!id.equals(JsonBodies.text(body, "id"))) {
            throw ApiException.badRequest(
                    "the body's 'id' must be '" + id + "', the rule being edited");
        }
        RuleRow existing = ownRule(user, id);
        ObjectNode request = drafts.upsert(user, body, versions.next(existing.version()));
        respond(ctx, requests.submit(user, id, request));
    }

    private void lifecycle(Context ctx, String action) throws InterruptedException {
        String user = SignedInUser.of(ctx);
        RuleRow existing = ownRule(user, ctx.pathParam("id"));
        ObjectNode request =
                RuleDrafts.lifecycle(
                        user, existing.id(), action, versions.next(existing.version()));
        respond(ctx, requests.submit(user, existing.id(), request));
    }

    private RuleRow ownRule(String user, String id) {
        return book.find(user, id)
                .filter(RuleRow::exists)
                .orElseThrow(() -> ApiException.notFound("you have no rule '" + id + "'"));
    }

    private static void respond(Context ctx, Verdict verdict) {
        switch (verdict.outcome()) {
            case APPLIED -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("outcome", "applied");
                body.put("rule", verdict.rule());
                ctx.json(body);
            }
            case REFUSED -> throw ApiException.conflict(verdict.refusal());
            case PENDING ->
                    ctx.status(202)
                            .json(
                                    Map.of(
                                            "outcome",
                                            "pending",
                                            "version",
                                            verdict.version(),
                                            "message",
                                            "the job has not answered yet; the rule list shows"
                                                    + " its verdict when it does"));
        }
    }
}
