#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "render/render.h"
#include "render/render_test_util.h"

namespace chorus {
namespace {

const char* const kHostile[] = {
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "\"><svg onload=alert(1)>",
    "' onmouseover='alert(1)",
    "</title><iframe src=//evil>",
    "&lt;b&gt; &amp;",
};

// A brief in which every string that reaches the page is hostile.
Brief HostileBrief(const std::string& h) {
  Brief b = testing::SampleBrief();
  b.headline = h;
  b.schema = h;
  for (SourceInfo& s : b.sources) {
    s.id += h;
    s.path = h;
    s.title = h;
    s.outlet = h;
    s.flags = {h};
  }
  b.summary.text = h;
  for (Fact& f : b.facts) {
    f.text = h;
    for (SourceSpan& e : f.evidence) e.text = h;
  }
  b.facts[0].sources = {b.sources[0].id};
  b.summary.facts = {"f1"};
  b.quotes[0].text = h;
  b.quotes[0].speaker = h;
  for (QuoteVariant& v : b.quotes[0].variants) {
    v.span.text = h;
    v.kind = h;
  }
  for (Entity& e : b.entities) {
    e.name = h;
    e.roles = {h};
    e.variants = {h, h + "x"};
  }
  b.conflicts[0].about = h;
  b.conflicts[0].claims[0].value = h;
  b.conflicts[0].claims[0].evidence[0].text = h;
  for (Removal& r : b.removed) {
    r.span.text = h;
    r.reason = h;
  }
  b.unique[b.sources[0].id] = {"f3"};
  return b;
}

TEST(HtmlRendererTest, HostileStringsAreAlwaysEscaped) {
  for (const char* h : kHostile) {
    const std::string html = RenderHtml(HostileBrief(h));
    EXPECT_EQ(html.find(h), std::string::npos) << h;
    EXPECT_EQ(html.find("<script"), std::string::npos) << h;
    EXPECT_EQ(html.find("<img"), std::string::npos) << h;
    EXPECT_EQ(html.find("<svg"), std::string::npos) << h;
    EXPECT_EQ(html.find("<iframe"), std::string::npos) << h;
    EXPECT_EQ(html.find("href=\"javascript"), std::string::npos) << h;
  }
  const std::string html = RenderHtml(HostileBrief(kHostile[0]));
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  const std::string amp = RenderHtml(HostileBrief("&lt;b&gt; &amp;"));
  EXPECT_NE(amp.find("&amp;lt;b&amp;gt; &amp;amp;"), std::string::npos);
  const std::string quotes = RenderHtml(HostileBrief("' onmouseover='alert(1)"));
  EXPECT_NE(quotes.find("&#39; onmouseover=&#39;alert(1)"), std::string::npos);
}

// Every tag on the page is one the renderer writes, and no attribute is an event handler
// or points anywhere but a fragment of the page.
TEST(HtmlRendererTest, OnlyKnownTagsAndSafeAttributes) {
  const std::set<std::string> allowed = {
      "!DOCTYPE", "html",       "head", "meta",    "title", "style",   "body",    "header",
      "nav",      "a",          "main", "section", "h1",    "h2",      "h3",      "p",
      "span",     "ol",         "ul",   "li",      "div",   "details", "summary", "blockquote",
      "figure",   "figcaption", "em",   "strong",  "br",    "table",   "thead",   "tbody",
      "tr",       "th",         "td",   "footer"};
  for (const char* h : kHostile) {
    const std::string html = RenderHtml(HostileBrief(h));
    const std::regex tag(R"(<(/?)([!A-Za-z][A-Za-z0-9]*)([^>]*)>)");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), tag);
         it != std::sregex_iterator(); ++it) {
      EXPECT_TRUE(allowed.count((*it)[2].str())) << (*it)[0].str();
      const std::string attrs = (*it)[3].str();
      EXPECT_FALSE(std::regex_search(attrs, std::regex(R"(\son\w+\s*=)", std::regex::icase)))
          << attrs;
      std::smatch href;
      if (std::regex_search(attrs, href, std::regex(R"(href="([^"]*)\")"))) {
        EXPECT_EQ(href[1].str().front(), '#') << attrs;
      }
    }
  }
}

TEST(HtmlRendererTest, SelfContainedPageWithCspAndSections) {
  const std::string html = RenderHtml(testing::SampleBrief());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                      "'none'; style-src 'unsafe-inline'\">"),
            std::string::npos);
  EXPECT_NE(html.find("<meta name=\"viewport\""), std::string::npos);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  for (const char* id :
       {"summary", "facts", "quotes", "entities", "conflicts", "sources", "removed"}) {
    EXPECT_NE(html.find(std::string("<section id=\"") + id + "\">"), std::string::npos) << id;
  }
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_NE(html.find("</html>\n"), std::string::npos);
}

TEST(HtmlRendererTest, SummaryCitationsLinkToSourceRows) {
  const std::string html = RenderHtml(testing::SampleBrief());
  EXPECT_NE(html.find("6 a.m. <span class=\"cite\">[<a href=\"#source-1\">1</a>,"
                      "<a href=\"#source-3\">3</a>]</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr id=\"source-3\"><td class=\"num\">3</td><td><strong>Coast Courier"),
            std::string::npos);
}

TEST(HtmlRendererTest, ShowsSupportKindsAndRemovalCounts) {
  const std::string html = RenderHtml(testing::SampleBrief());
  EXPECT_NE(html.find("2 outlets, 2 origins"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"kind\">translation</span>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"reason\">1 caption</span>"), std::string::npos);
  EXPECT_NE(html.find("also written: I. Roth"), std::string::npos);
}

TEST(HtmlRendererTest, InvalidUtf8AndNulBecomeReplacementCharacters) {
  Brief b = testing::SampleBrief();
  b.headline = std::string("bad \xFF byte and nul \0 here", 24);
  const std::string html = RenderHtml(b);
  EXPECT_EQ(html.find('\xFF'), std::string::npos);
  EXPECT_EQ(html.find('\0'), std::string::npos);
  EXPECT_NE(html.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

}  // namespace
}  // namespace chorus
