#include "serve/atom_feed.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <string>
#include <vector>

namespace chorus::serve {
namespace {

// Element texts named `name` anywhere below `node`, decoded by libxml2.
void Collect(xmlNode* node, const std::string& name, std::vector<std::string>* out) {
  for (xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(n->name)) {
      xmlChar* text = xmlNodeGetContent(n);
      out->push_back(reinterpret_cast<const char*>(text));
      xmlFree(text);
    }
    Collect(n->children, name, out);
  }
}

std::vector<std::string> Texts(const std::string& xml, const std::string& name) {
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  std::vector<std::string> out;
  if (doc == nullptr) return {"<not well-formed>"};
  Collect(xmlDocGetRootElement(doc), name, &out);
  xmlFreeDoc(doc);
  return out;
}

FeedEntry Entry(int64_t id, std::string headline, std::string summary) {
  FeedEntry e;
  e.row.id = id;
  e.row.title = "row title";
  e.row.articles = 2;
  e.row.updated_at = "2026-05-0" + std::to_string(id) + "T10:00:00Z";
  e.row.first_published = "2026-05-01";
  e.meta.headline = std::move(headline);
  e.meta.summary = std::move(summary);
  e.meta.outlets = {"A & B", "<C>"};
  return e;
}

TEST(AtomFeedTest, EscapesMarkupAndDropsCharactersXmlForbids) {
  EXPECT_EQ(XmlEscape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&apos;x&apos;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  EXPECT_EQ(XmlEscape("a\x01"
                      "b\x1f"
                      "c\td\n"),
            "abc\td\n");
  EXPECT_EQ(XmlEscape("caf\xc3\xa9 \xff!"), "caf\xc3\xa9 \xef\xbf\xbd!");
  EXPECT_EQ(XmlEscape("]]>"), "]]&gt;");
}

TEST(AtomFeedTest, WellFormedWithOneEntryPerStoryAndTextAsText) {
  const std::string hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> \x02";
  const std::string xml =
      AtomFeed({Entry(2, hostile, "Summary with <b>tags</b> & javascript:alert(1)"),
                Entry(1, "Plain headline", "")},
               "http://127.0.0.1:8080");
  EXPECT_EQ(xml.find("<script"), std::string::npos);
  EXPECT_EQ(xml.find("<img"), std::string::npos);
  EXPECT_EQ(xml.find("<b>"), std::string::npos);
  const auto titles = Texts(xml, "title");
  ASSERT_EQ(titles.size(), 3u);  // the feed's and two entries'
  EXPECT_EQ(titles[1], "<script>alert(1)</script> <img src=x onerror=alert(1)> ");
  EXPECT_EQ(titles[2], "Plain headline");
  EXPECT_EQ(Texts(xml, "entry").size(), 2u);
  EXPECT_EQ(Texts(xml, "summary")[0], "Summary with <b>tags</b> & javascript:alert(1)");
  EXPECT_EQ(Texts(xml, "updated")[0], "2026-05-02T10:00:00Z");  // newest entry
  EXPECT_TRUE(Texts(xml, "published").empty());  // dates without a time are not RFC 3339
  EXPECT_NE(xml.find("href=\"http://127.0.0.1:8080/stories/2\""), std::string::npos);
  EXPECT_NE(xml.find("<category term=\"A &amp; B\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<category term=\"&lt;C&gt;\"/>"), std::string::npos);
}

TEST(AtomFeedTest, EmptyFeedIsValid) {
  const std::string xml = AtomFeed({}, "");
  EXPECT_TRUE(Texts(xml, "entry").empty());
  EXPECT_EQ(Texts(xml, "updated"), std::vector<std::string>{"1970-01-01T00:00:00Z"});
}

}  // namespace
}  // namespace chorus::serve
