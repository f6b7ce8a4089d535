// Assembles the brief: runs the stages in order and maps their values to chorus.brief/1.
#include "brief/brief_builder.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "align/aligner.h"
#include "align/source_quality.h"
#include "analyse/analysis.h"
#include "clean/cleaner.h"
#include "segment/sentence_splitter.h"
#include "summarise/summariser.h"
#include "util/text_util.h"

namespace chorus {
namespace {

SourceSpan ToSourceSpan(const StoryText& story, uint32_t doc, TextSpan span) {
  const Document& d = story.docs[doc];
  return SourceSpan{d.id, d.SourceOffset(span.begin), d.SourceOffset(span.end),
                    std::string(d.Slice(span))};
}

std::vector<std::string> SourceIds(const StoryText& story, std::vector<uint32_t> docs) {
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  std::vector<std::string> ids;
  ids.reserve(docs.size());
  for (uint32_t d : docs) ids.push_back(story.docs[d].id);
  return ids;
}

std::vector<SourceInfo> BuildSources(const StoryText& story,
                                     const std::vector<SourceQuality>& quality) {
  std::vector<SourceInfo> out;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const Document& doc = story.docs[d];
    SourceInfo s{doc.id, doc.path, doc.title, doc.outlet, 0, quality[d].score, quality[d].flags};
    for (const TextSpan& k : story.cleaned[d].kept) s.words += CountWords(doc.Slice(k));
    out.push_back(std::move(s));
  }
  return out;
}

// Facts listed by support (outlets, then origins), ties in reading order of the first member.
std::vector<size_t> FactOrder(const std::vector<FactGroup>& facts) {
  std::vector<size_t> order(facts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (facts[a].members.size() != facts[b].members.size()) {
      return facts[a].members.size() > facts[b].members.size();
    }
    if (facts[a].origins != facts[b].origins) return facts[a].origins > facts[b].origins;
    return facts[a].members.front() < facts[b].members.front();
  });
  return order;
}

Fact BuildFact(const StoryText& story, const FactGroup& g, std::string id) {
  Fact f;
  f.id = std::move(id);
  f.text = std::string(story.Text(g.representative));
  f.origins = g.origins;
  std::vector<uint32_t> docs;
  for (const SentenceRef& m : g.members) {
    f.evidence.push_back(ToSourceSpan(story, m.doc, story.At(m).span));
    docs.push_back(m.doc);
  }
  f.sources = SourceIds(story, docs);
  return f;
}

void AddAnalysis(const StoryText& story, const StoryAnalysis& a, Brief* brief) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const StoryEntity& e = a.entities[i];
    std::vector<uint32_t> docs;
    for (const SpanRef& m : e.mentions) docs.push_back(m.doc);
    brief->entities.push_back(Entity{"e" + std::to_string(i + 1), e.name,
                                     std::string(EntityTypeName(e.type)), e.roles, e.variants,
                                     SourceIds(story, docs)});
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const StoryQuote& q = a.quotes[i];
    Quote out;
    out.id = "q" + std::to_string(i + 1);
    out.text = std::string(story.docs[q.text.doc].Slice(q.text.span));
    if (q.speaker >= 0 && static_cast<size_t>(q.speaker) < a.entities.size()) {
      out.speaker = a.entities[q.speaker].name;
    }
    std::vector<uint32_t> docs;
    for (const QuoteVariantRef& v : q.variants) {
      out.variants.push_back(QuoteVariant{ToSourceSpan(story, v.where.doc, v.where.span),
                                          std::string(QuoteKindName(v.kind))});
      docs.push_back(v.where.doc);
    }
    out.sources = SourceIds(story, docs);
    brief->quotes.push_back(std::move(out));
  }
  for (const StoryConflict& c : a.conflicts) {
    Conflict out{c.about, {}};
    for (const ConflictClaim& cl : c.claims) {
      Claim claim{cl.value, {}, {}};
      std::vector<uint32_t> docs;
      for (const SpanRef& e : cl.evidence) {
        claim.evidence.push_back(ToSourceSpan(story, e.doc, e.span));
        docs.push_back(e.doc);
      }
      claim.sources = SourceIds(story, docs);
      out.claims.push_back(std::move(claim));
    }
    brief->conflicts.push_back(std::move(out));
  }
}

// The headline: the title of the best-scored source that has one; otherwise the text of the
// best-supported fact. Always verbatim source text.
std::string ChooseHeadline(const StoryText& story, const std::vector<SourceQuality>& quality,
                           const Brief& brief) {
  int best = -1;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    if (!story.docs[d].title || story.docs[d].title->empty()) continue;
    if (best < 0 || quality[d].score > quality[best].score) best = static_cast<int>(d);
  }
  if (best >= 0) return *story.docs[best].title;
  if (!brief.summary.facts.empty()) {
    for (const Fact& f : brief.facts) {
      if (f.id == brief.summary.facts.front()) return f.text;
    }
  }
  return brief.facts.empty() ? std::string() : brief.facts.front().text;
}

}  // namespace

StoryText PrepareStory(std::vector<Document> docs) {
  StoryText story;
  story.docs = std::move(docs);
  // Segment reuses the tokens clean computed for the kept lines (one tokenisation).
  std::vector<std::vector<TokenizedText>> kept_tokens;
  story.cleaned = CleanStory(story.docs, &kept_tokens);
  story.sentences.resize(story.docs.size());
  for (size_t d = 0; d < story.docs.size(); ++d) {
    story.sentences[d] = SplitSentences(story.docs[d], story.cleaned[d].kept, &kept_tokens[d]);
  }
  return story;
}

Brief BuildBrief(std::vector<Document> docs, const BriefOptions& options) {
  const StoryText story = PrepareStory(std::move(docs));
  const SentenceScores garbling = ScoreGarbling(story);
  const std::vector<FactGroup> groups = AlignFacts(story, garbling);
  const std::vector<SourceQuality> quality = ScoreSources(story, garbling, groups);
  const SummaryPlan plan =
      Summarise(story, groups, garbling, quality, SummaryOptions{.words = options.words});

  Brief brief;
  brief.sources = BuildSources(story, quality);
  const std::vector<size_t> order = FactOrder(groups);
  std::vector<std::string> fact_id(groups.size());
  for (size_t rank = 0; rank < order.size(); ++rank) {
    fact_id[order[rank]] = "f" + std::to_string(rank + 1);
    brief.facts.push_back(BuildFact(story, groups[order[rank]], fact_id[order[rank]]));
  }
  brief.summary.text = plan.text;
  for (size_t i : plan.facts) brief.summary.facts.push_back(fact_id[i]);

  for (const Document& d : story.docs) brief.unique[d.id];
  for (const Fact& f : brief.facts) {
    if (f.sources.size() == 1) brief.unique[f.sources.front()].push_back(f.id);
  }
  AddAnalysis(story, AnalyseStory(story), &brief);
  for (size_t d = 0; d < story.docs.size(); ++d) {
    for (const InputRemoval& r : story.docs[d].input_removed) {  // dropped by the reader
      brief.removed.push_back(
          Removal{SourceSpan{story.docs[d].id, r.start, r.end, r.text}, r.reason});
    }
    for (const TextRemoval& r : story.cleaned[d].removed) {
      brief.removed.push_back(Removal{ToSourceSpan(story, static_cast<uint32_t>(d), r.span),
                                      std::string(RemovalReasonName(r.reason))});
    }
  }
  brief.headline = ChooseHeadline(story, quality, brief);
  return brief;
}

}  // namespace chorus
