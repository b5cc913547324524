package io.copyproof.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plan into the configuration's text: the {@code upgrade} section's span is replaced and
 * every other byte of the file is kept (comments and layout included). YAML: the top-level
 * {@code upgrade:} block, up to the next top-level key (comment and blank lines just before that
 * key stay with it); JSON: the value of the top-level {@code "upgrade"} member. Without an
 * {@code upgrade} section the plan is appended (YAML) or added as the last member (JSON).
 */
public final class UpgradeSection {
    private UpgradeSection() {
    }

    /** The text with {@code plan} as its upgrade section; {@code json} selects the JSON form. */
    public static String replace(String text, boolean json, String targetLevel, PlanResult.Plan plan) throws IOException {
        return json ? replaceJson(text, targetLevel, plan) : replaceYaml(text, PlanText.yaml(targetLevel, plan));
    }

    static String replaceYaml(String text, String section) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("upgrade\\s*:.*")) {
                start = i;
                break;
            }
        }
        String body = section.endsWith("\n") ? section.substring(0, section.length() - 1) : section;
        if (start < 0) {
            return text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + body + "\n";
        }
        int end = start + 1;
        while (end < lines.size() && !topLevelKey(lines.get(end))) {
            end++;
        }
        while (end - 1 > start && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
            end--;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        out.addAll(List.of(body.split("\n", -1)));
        out.addAll(lines.subList(end, lines.size()));
        return String.join("\n", out);
    }

    private static boolean topLevelKey(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#'
                && line.charAt(0) != '-';
    }

    static String replaceJson(String text, String targetLevel, PlanResult.Plan plan) throws IOException {
        ObjectMapper m = new ObjectMapper();
        String value = m.writerWithDefaultPrettyPrinter().writeValueAsString(PlanText.upgradeJson(m, targetLevel, plan));
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the configuration is not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                int from = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                int to = (int) p.currentLocation().getCharOffset();
                if (name.equals("upgrade")) {
                    return text.substring(0, from) + value + text.substring(to);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IOException("the configuration is not a JSON object");
            }
            int close = (int) p.currentTokenLocation().getCharOffset();
            String before = text.substring(0, close).stripTrailing();
            String sep = before.endsWith("{") ? "" : ",";
            return before + sep + "\n  \"upgrade\": " + value + "\n" + text.substring(close);
        }
    }
}
