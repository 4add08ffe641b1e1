package org.openplate.help;

/**
 * One help page: its address under /help, its title (the Markdown's first "# " line), a one-line
 * summary for the index, and its body as HTML already rendered and sanitised.
 */
public record HelpTopic(String slug, String title, String summary, String html) {
}
