#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/html_dom.h"
#include "read/html_prescan.h"
#include "read/html_text_writer.h"

namespace chorus::html {
namespace {

std::string TextOf(const Dom& dom, uint32_t id) {
  std::string s;
  dom.AppendText(id, &s);
  return s;
}

int Depth(const Dom& dom, uint32_t id) {
  int d = 0;
  for (uint32_t p = dom.node(id).parent; p != kNone; p = dom.node(p).parent) ++d;
  return d;
}

TEST(ParseHtml, TagsAttributesAndEntities) {
  const Dom dom = ParseHtml(
      "<P CLASS='a b' data-x=1 hidden>Fish &amp; chips &#8217;n&#x2019; &eacute;t&eacute; &nosuch; "
      "&amp</p><img src=\"x.png\" class=\"A &quot;b&quot;\" alt=a>");
  const auto ps = dom.FindAll(0, Tag::kP);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(dom.Attr(ps[0], "class"), "a b");
  EXPECT_FALSE(dom.HasAttr(ps[0], "data-x"));  // attributes no pass reads are elided
  EXPECT_TRUE(dom.HasAttr(ps[0], "hidden"));
  EXPECT_FALSE(dom.HasAttr(ps[0], "id"));
  EXPECT_EQ(TextOf(dom, ps[0]), "Fish & chips \u2019n\u2019 \u00e9t\u00e9 &nosuch; &");
  const auto img = dom.FindAll(0, Tag::kImg);
  ASSERT_EQ(img.size(), 1u);
  EXPECT_EQ(dom.Attr(img[0], "class"), "A \"b\"");
  EXPECT_FALSE(dom.HasAttr(img[0], "alt"));                         // no pass reads alt text
  EXPECT_TRUE(dom.IsElement(dom.node(img[0]).parent, Tag::kBody));  // p was closed
  EXPECT_EQ(dom.node(img[0]).first_child, kNone);                   // void element
}

TEST(ParseHtml, ImpliedEndTags) {
  const Dom dom =
      ParseHtml("<ul><li>one<li>two</ul><p>a<p>b<div>c</div><table><tr><td>x<td>y</table>");
  const auto li = dom.FindAll(0, Tag::kLi);
  ASSERT_EQ(li.size(), 2u);
  EXPECT_EQ(dom.node(li[0]).parent, dom.node(li[1]).parent);
  const uint32_t body = dom.FindAll(0, Tag::kBody).at(0);
  const auto p = dom.FindAll(0, Tag::kP);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(dom.node(p[0]).parent, body);
  EXPECT_EQ(dom.node(p[1]).parent, body);
  const auto div = dom.FindAll(0, Tag::kDiv);
  ASSERT_EQ(div.size(), 1u);
  EXPECT_EQ(dom.node(div[0]).parent, body);  // <div> closes the open <p>
  const auto td = dom.FindAll(0, Tag::kTd);
  ASSERT_EQ(td.size(), 2u);
  EXPECT_EQ(dom.node(td[0]).parent, dom.node(td[1]).parent);
}

TEST(ParseHtml, RawTextAndComments) {
  const Dom dom = ParseHtml(
      "<script>if (a<b) document.write('</div>');</script><!-- <p>hidden</p> -->"
      "<style>p{}</style><title>A &amp; B</title><textarea><b>x</b></textarea>");
  const auto s = dom.FindAll(0, Tag::kScript);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(TextOf(dom, s[0]), "");  // script bodies are elided before parsing
  EXPECT_TRUE(dom.FindAll(0, Tag::kP).empty());
  EXPECT_TRUE(dom.FindAll(0, Tag::kDiv).empty());
  EXPECT_EQ(TextOf(dom, dom.FindAll(0, Tag::kTitle)[0]), "A & B");
  EXPECT_EQ(TextOf(dom, dom.FindAll(0, Tag::kTextarea)[0]), "<b>x</b>");
}

TEST(ParseHtml, PrescanElidesCommentsSpaceAndNavBodies) {
  const std::string html =
      "<div>\n    <!-- c --><p>a <b>x</b>\n\n  <i>y</i></p><!--><p>after abrupt</p><!--->"
      "<p>z</p><!-- a -- b --!><nav><ul><li>Home</li></ul></nav>"
      "<pre>l1\n\n  <b>l2</b>\n   </pre><p>tail</p></div>"
      "<link rel=stylesheet href=s.css><link rel=\"Canonical\" href=\"https://c/\">"
      "<a href=\"/x\" class=k>k</a>";
  const Prescan pre = PrescanHtml(html);
  EXPECT_EQ(pre.html.find("<!--"), std::string::npos);
  EXPECT_EQ(pre.html.find("Home"), std::string::npos);
  const Dom dom = ParseHtml(html);
  std::vector<std::string> ps;
  for (uint32_t id : dom.FindAll(0, Tag::kP)) ps.push_back(TextOf(dom, id));
  // Comments end where the HTML tokenizer ends them ("<!-->", "<!--->", "--!>"); white space
  // between tags keeps one byte outside <pre> and all of it inside.
  EXPECT_EQ(ps, (std::vector<std::string>{"a x\ny", "after abrupt", "z", "tail"}));
  const auto nav = dom.FindAll(0, Tag::kNav);
  ASSERT_EQ(nav.size(), 1u);
  EXPECT_TRUE(dom.FindAll(nav[0], Tag::kLi).empty());
  EXPECT_EQ(TextOf(dom, dom.FindAll(0, Tag::kPre)[0]), "l1\n\n  l2\n   ");
  const auto links = dom.FindAll(0, Tag::kLink);  // only the canonical link is read
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(dom.Attr(links[0], "href"), "https://c/");
  const auto a = dom.FindAll(0, Tag::kA);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_FALSE(dom.HasAttr(a[0], "href"));  // link targets are never read
  EXPECT_EQ(dom.Attr(a[0], "class"), "k");
  for (uint32_t id = 1; id < dom.size(); ++id) {  // offsets still point at the source bytes
    const Node& n = dom.node(id);
    if (n.type != NodeType::kText || dom.Text(id) != "after abrupt") continue;
    EXPECT_EQ(html.substr(n.src_begin, n.src_end - n.src_begin), "after abrupt");
  }
}

TEST(ParseHtml, HeadIsClosedByBodyContent) {
  const Dom dom = ParseHtml("<html><head><title>t</title><div>text</div>");
  const auto div = dom.FindAll(0, Tag::kDiv);
  ASSERT_EQ(div.size(), 1u);
  EXPECT_FALSE(dom.IsElement(dom.node(div[0]).parent, Tag::kHead));
}

TEST(ParseHtml, JsonLdIsKept) {
  const Dom dom = ParseHtml(
      "<head><script type=\"application/ld+json\">{\"headline\": \"a<b\"}</script>"
      "<script>var x = '<p>';</script></head><body><p>text</p>");
  const auto s = dom.FindAll(0, Tag::kScript);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(TextOf(dom, s[0]), "{\"headline\": \"a<b\"}");
  EXPECT_EQ(dom.FindAll(0, Tag::kP).size(), 1u);
}

TEST(ParseHtml, TextNodesKnowTheirSourceBytes) {
  const std::string html =
      "<script>var a = 1;</script><p>Fish &amp; chips</p><style>p{}</style><p> caf\u00e9 </p>";
  const Dom dom = ParseHtml(html);
  std::vector<std::string> raw;
  for (uint32_t id = 1; id < dom.size(); ++id) {
    const Node& n = dom.node(id);
    if (n.type != NodeType::kText || dom.Text(id).empty()) continue;
    raw.push_back(html.substr(n.src_begin, n.src_end - n.src_begin));
  }
  ASSERT_EQ(raw.size(), 2u);
  EXPECT_EQ(raw[0], "Fish &amp; chips");  // offsets skip the elided script body
  EXPECT_EQ(raw[1], " caf\u00e9 ");
}

TEST(ParseXml, KeepsCdataAndCanonicalPrefixes) {
  const auto parsed = ParseXml(
      "<rss xmlns:c='http://purl.org/rss/1.0/modules/content/'><item><title>T</title><link/>"
      "<c:encoded><![CDATA[<p>a &amp; b</p>]]></c:encoded></item></rss>");
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
  const Dom& dom = *parsed;
  const auto c = dom.FindAll(0, Tag::kOther, "content:encoded");  // whatever the feed's prefix
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(TextOf(dom, c[0]), "<p>a &amp; b</p>");
  const auto link = dom.FindAll(0, Tag::kOther, "link");
  ASSERT_EQ(link.size(), 1u);
  EXPECT_EQ(dom.node(link[0]).first_child, kNone);  // self-closing in XML
}

TEST(ParseXml, NotXmlIsAnError) {
  const auto parsed = ParseXml("just some words, no markup");
  ASSERT_FALSE(parsed.has_value());
  EXPECT_EQ(parsed.error().code, ErrorCode::kFormat);
  EXPECT_TRUE(parsed.error().message.starts_with("not XML (")) << parsed.error().message;
}

TEST(ParseHtml, DeepNestingIsFlattened) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "bottom";
  const Dom dom = ParseHtml(deep);
  // Parents precede children in the node array, so depths accumulate in one pass.
  std::vector<int> depth(dom.size(), 0);
  int max_depth = 0;
  for (uint32_t id = 1; id < dom.size(); ++id) {
    depth[id] = depth[dom.node(id).parent] + 1;
    max_depth = std::max(max_depth, depth[id]);
  }
  EXPECT_EQ(max_depth, Depth(dom, dom.size() - 1));
  EXPECT_LE(max_depth, 258);
  EXPECT_EQ(TextOf(dom, 0), "bottom");
}

TEST(ParseHtml, MalformedInputNeverFails) {
  for (const char* s : {"<", "<a", "<a href=\"", "</", "<!--", "<![CDATA[", "&#", "&#x110000;",
                        "<p attr=>", "<<<>>>", "<div/><br/><p/>text", "\xff\xfe<p>"}) {
    const Dom dom = ParseHtml(s);
    EXPECT_GE(dom.size(), 1u) << s;
  }
  const Dom dom = ParseHtml("&#0;&#x80;&#xD800;");
  EXPECT_EQ(TextOf(dom, 0), "\uFFFD\u20AC\uFFFD");
}

TEST(ParseHtml, HostileNestingStaysBounded) {
  for (const char* unit : {"<b>", "<span>", "<ul><li>", "<table><tr><td>", "<p><b id=x>",
                           "<div></span>", "<a href=x><i>", "<svg><g/>"}) {
    std::string deep;
    for (int i = 0; i < 100'000; ++i) deep += unit;
    deep += "bottom";
    const Dom dom = ParseHtml(deep);
    EXPECT_FALSE(dom.truncated()) << unit;
    EXPECT_LE(dom.size(), 4'000'000u) << unit;
    std::vector<int> depth(dom.size(), 0);
    int max_depth = 0;
    for (uint32_t id = 1; id < dom.size(); ++id) {
      depth[id] = depth[dom.node(id).parent] + 1;
      max_depth = std::max(max_depth, depth[id]);
    }
    EXPECT_LE(max_depth, 258) << unit;
    std::string text = TextOf(dom, 0);
    EXPECT_TRUE(text.ends_with("bottom")) << unit;
  }
}

TEST(ParseHtml, HugePageIsCutBestEffort) {
  std::string big;
  while (big.size() < (size_t{50} << 20)) big += "<p>hello <a href=/x>world</a> &amp; more ";
  const Dom dom = ParseHtml(big);
  EXPECT_TRUE(dom.truncated());
  EXPECT_GT(dom.size(), 100'000u);
  EXPECT_LE(dom.size(), 4'000'000u);
}

TEST(ParseHtml, NodeLimitTruncates) {
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "<b>x</b>";
  const Dom dom = ParseHtml(many, ParseOptions{.max_nodes = 100});
  EXPECT_TRUE(dom.truncated());
  EXPECT_LE(dom.size(), 101u);
}

TEST(TagFromName, KnowsItsTags) {
  EXPECT_EQ(TagFromName("a"), Tag::kA);
  EXPECT_EQ(TagFromName("wbr"), Tag::kWbr);
  EXPECT_EQ(TagFromName("figcaption"), Tag::kFigcaption);
  EXPECT_EQ(TagFromName("h6"), Tag::kH6);
  EXPECT_EQ(TagFromName("custom-el"), Tag::kOther);
}

TEST(TextWriter, CollapsesSpaceAndSeparatesParagraphs) {
  TextWriter w;
  w.Text("  Hello,\n   world ");
  w.EndParagraph();
  w.Text("line one");
  w.LineBreak();
  w.Text(" line two");
  w.LineBreak();
  w.LineBreak();
  w.Text("next\u00a0para");
  EXPECT_EQ(w.Finish(), "Hello, world\n\nline one\nline two\n\nnext para");
}

}  // namespace
}  // namespace chorus::html
