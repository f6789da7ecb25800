"""Statements: one rule per test, on sentences written for the test."""
from __future__ import annotations

from casefile.extract import extract
from casefile.model import Document


def statements(*paragraphs: str):
    doc = Document("t", "t.txt", "2024-01-02", None, list(paragraphs))
    ex = extract(doc)
    names = {p.key: p.name for p in ex.participants}
    return [(s.kind, names.get(s.speaker), s.span.text) for s in ex.statements]


def test_direct_quote_with_attribution_after():
    found = statements('"The bridge will open in May," Transport Minister Hana Novak said on Friday.')
    assert found == [("direct", "Hana Novak", "The bridge will open in May")]


def test_curly_quote_with_inverted_attribution():
    found = statements("\u201cWe are ready for the season,\u201d said coach Ivan Petrov.")
    assert found == [("direct", "Ivan Petrov", "We are ready for the season")]


def test_quote_split_by_its_attribution_is_two_statements():
    found = statements('Mayor Rosa Lind opened the hall. "We built it together," she said, "and we will keep it."')
    assert [(k, s) for k, s, _ in found] == [("direct", "Rosa Lind"), ("direct", "Rosa Lind")]
    assert found[1][2].startswith("and we will keep it")


def test_partial_quotes_inside_a_sentence():
    found = statements('Senator Paul Grey praised "the steady work of the volunteers in the valley."',
                       'Calling the deal "a fair bargain," he said that more talks would follow.')
    texts = [t for _, _, t in found]
    assert "the steady work of the volunteers in the valley." in texts
    assert "a fair bargain" in texts
    assert all(s == "Paul Grey" for _, s, _ in found)


def test_scare_quotes_are_not_statements():
    found = statements('The company calls the plan "Green Horizon" and critics call it "a mirage".')
    assert found == []


def test_quote_without_attribution_takes_the_previous_speaker():
    found = statements('"Prices rose," analyst Mia Chen said.', '"They will fall again by winter."')
    assert [s for _, s, _ in found] == ["Mia Chen", "Mia Chen"]


def test_quote_running_over_paragraphs():
    found = statements('Local farmer Joe Banda said: "The rain came late this year.',
                       '"We lost half the maize and most of the beans."')
    assert [s for _, s, _ in found] == ["Joe Banda", "Joe Banda"]


def test_reported_speech_said_that():
    found = statements("Governor Ali Musa said that the roads would be repaired before the rains.")
    assert found == [("indirect", "Ali Musa", "the roads would be repaired before the rains.")]


def test_trailing_attribution_with_surname_and_pronoun():
    found = statements("Trade Minister Lena Vogt visited the plant.",
                       "Exports grew by a fifth last year, Vogt added.",
                       "The new line will double output, she noted, adding that jobs would follow.")
    assert [(k, s) for k, s, _ in found] == [("indirect", "Lena Vogt")] * 3
    assert found[1][2] == "The new line will double output"


def test_according_to_and_organisation_speaker():
    found = statements("According to the Ministry of Energy, the grid will reach every village by 2030.",
                       "Chile urged all parties to return to the table.")
    assert found[0] == ("indirect", "Ministry of Energy", "the grid will reach every village by 2030.")
    assert found[1][:2] == ("indirect", "Chile")
    assert found[1][2].startswith("all parties to return")


def test_readout_verb_needs_that():
    found = statements("President Ana Costa welcomed the agreement and reaffirmed that the ports will stay open.")
    assert found == [("indirect", "Ana Costa", "the ports will stay open.")]


def test_description_speaker():
    found = statements("Norwegian Ambassador to Chile Per Dahl met the mayor.",
                       "\"The visit went well,\" the Norwegian ambassador told reporters.")
    assert found[0][1] == "Per Dahl"


def test_unnamed_speaker_is_not_the_place_they_are_from():
    found = statements("\"The water is gone,\" a farmer from Nakuru said.")
    assert found == [("direct", "Nakuru farmer", "The water is gone")]  # someone unnamed, named by the place


def test_statement_spans_slice_their_paragraph():
    paras = ['"We won," captain Sara Moe said. Moe added that the team would rest.']
    doc = Document("t", "t.txt", None, None, paras)
    for s in extract(doc).statements:
        assert paras[s.span.paragraph][s.span.start:s.span.end] == s.span.text


def test_a_huge_quote_heavy_paragraph_takes_linear_time():
    import time

    paragraph = 'He said "yes, ' * 8000
    start = time.perf_counter()
    found = statements(paragraph)
    assert time.perf_counter() - start < 10
    assert len(found) > 1000


def test_organisation_described_and_country_speak():
    found = statements("The Ministry of Water Resources opened a dam.",
                       "The ministry said the reservoir would be full by June.",
                       "Chile urged its neighbours to share the river.")
    assert found[0] == ("indirect", "Ministry of Water Resources", "the reservoir would be full by June.")
    assert found[1][:2] == ("indirect", "Chile")


def test_readout_verb_with_a_noun_object():
    # readouts report the act with its object ("reaffirmed her support ..."), as the gold annotations do
    found = statements("President Ana Costa reaffirmed her support for the regional trade pact.")
    assert found == [("indirect", "Ana Costa", "reaffirmed her support for the regional trade pact.")]


def test_attribution_in_the_middle_of_a_sentence():
    # the words on both sides are one statement, as the blind golds mark "By X, Y said, Z."
    found = statements("Economist Rui Lopes spoke on Monday.",
                       "In the long run, Lopes said, the currency will recover its value.")
    assert found[0] == ("indirect", "Rui Lopes", "In the long run, Lopes said, the currency will recover its value.")


def test_unnamed_speaker_after_an_inverted_verb():
    found = statements("Prices doubled in a single week, said a trader who asked not to be named.")
    assert found == [("indirect", None, "Prices doubled in a single week")]


def test_a_coordinated_subject_speaks_through_its_first_member():
    found = statements("President Ana Costa met Prime Minister Rui Lima.",
                       "President Costa and Prime Minister Lima reaffirmed that trade would double.")
    assert found == [("indirect", "Ana Costa", "trade would double.")]


def test_partial_quotes_share_the_sentence_attribution():
    found = statements("Governor Tom Reyes met farmers.",
                       'The plan calls for "more water," and "fair prices," Reyes said.')
    assert [s for kind, s, _ in found if kind == "direct"] == ["Tom Reyes", "Tom Reyes"]


def test_short_quote_after_said_and_quote_attributed_by_according_to():
    found = statements('Union leader Mary Jones, who called the strike, said "nobody asked us" at the rally.',
                       '"Wages must rise," according to Jones.')
    assert found == [("direct", "Mary Jones", "nobody asked us"), ("direct", "Mary Jones", "Wages must rise")]


def test_she_skips_a_man_named_later():
    found = statements("Spokeswoman Mary Lee met Mr. John Park.", 'Park spoke first. "We will build it," she said.')
    assert found == [("direct", "Mary Lee", "We will build it")]


def test_a_document_speaks_for_its_author():
    found = statements("A statement from the Ministry of Energy said the grid would be ready by June.")
    assert found == [("indirect", "Ministry of Energy", "the grid would be ready by June.")]


def test_a_listed_subject_speaks_through_its_first_name():
    found = statements("Envoy Ana Ruiz, Envoy Li Wen and Envoy Tom Berg met.",
                       "Envoys Ruiz, Li, and Berg expressed concern over the floods in the north.")
    assert found == [("indirect", "Ana Ruiz", "expressed concern over the floods in the north.")]


def test_reported_words_in_a_leading_subclause_end_with_it():
    found = statements("Coach Tom Bach spoke. While he promised that the games will go ahead, Bach is not sure.")
    assert found == [("indirect", "Tom Bach", "the games will go ahead")]


def test_subject_with_age_and_apposition_before_a_colon_quote():
    found = statements("Governor Tim Ross spoke.", 'Ross, 62, a former farmer, said: "This bill will ruin us."')
    assert found == [("direct", "Tim Ross", "This bill will ruin us.")]


def test_nouns_that_look_like_speech_verbs_and_tallies():
    found = statements("Russian Premier Ivan Petrov spoke on Tuesday.",
                       "Despite the crisis, trade among the member states has grown fast, the Russian premier said.",
                       "Striker Lee Kim added 21 points and four assists.")
    assert found == [("indirect", "Ivan Petrov", "Despite the crisis, trade among the member states has grown fast")]


def test_each_pair_form_is_a_group_named_as_written():
    # which two parties "the two leaders" are is the reader's inference: annotators name the form
    found = statements("President Ana Costa met Prime Minister Rui Lima. The two leaders agreed that trade "
                       "would double. Both sides welcomed the new rail link. Both Leaders also noted "
                       "the importance of rail.")
    assert [s for _, s, _ in found] == ["The two leaders", "Both sides", "Both Leaders"]
    doc = Document("t", "t.txt", "2024-01-02", None, ["The two delegations noted the importance of dialogue."])
    ex = extract(doc)
    assert [p.name for p in ex.participants if p.kind == "group"] == ["The two delegations"]
    assert [p.name for p in ex.participants if p.key == ex.statements[0].speaker] == ["The two delegations"]


def test_both_countries_is_a_pair():
    found = statements("The United States and Mexico met in Lima. Both countries pledged to create working groups.")
    assert found == [("indirect", "Both countries", "pledged to create working groups.")]


def test_a_comma_listed_apposition_without_a_closing_comma_belongs_to_its_owner():
    found = statements("Jane Okoro, deputy director, National Water Authority said that supplies would be "
                       "restored by Friday.")
    assert [s for _, s, _ in found] == ["Jane Okoro"]
    found = statements("Paul Mensah, chairman of the Ghana Farmers Council said the harvest was the best in a decade.")
    assert [s for _, s, _ in found] == ["Paul Mensah"]
    found = statements("Kofi Mensah met the minister on Monday, the ministry said.")
    assert all(s != "Kofi Mensah" for _, s, _ in found)
    found = statements("The think tank Oxford Economics said that growth would slow.")
    assert [s for _, s, _ in found] == ["Oxford Economics"]


def test_voiced_and_suspects_report_content_but_suspected_cases_do_not():
    found = statements("Analyst Tom Park voiced hope that the talks would resume next month.")
    assert [s for _, s, _ in found] == ["Tom Park"]
    found = statements("Tom Park, a senior analyst at the Lowy Institute, suspects the outage was caused by a cyberattack.")
    assert [s for _, s, _ in found] == ["Tom Park"]
    found = statements("No new suspected cases were reported on Tuesday, the commission said.")
    assert len(found) == 1 and found[0][2].startswith("No new")


def test_reported_closes_a_sentence_and_a_named_reporter_still_reads_on():
    found = statements("Prices rose by a third in the capital, the National Statistics Bureau reported.")
    assert found == [("indirect", "National Statistics Bureau", "Prices rose by a third in the capital")]
    found = statements("Afrobarometer, a research network, reported in 2016 that most people trusted the radio.")
    assert [k for k, _, _ in found] == ["indirect"]


def test_a_time_phrase_and_adverbs_between_the_subject_and_its_verb():
    found = statements("Governor Ada Lee on Monday once again criticized the budget, saying it ignores rural schools.")
    assert [s for _, s, _ in found] == ["Ada Lee"]
    found = statements("Talks with Governor Ada Lee on Monday were cancelled.")
    assert found == []


def test_a_possessed_document_speaks_its_quote_and_another_clause_verb_is_not_an_attribution():
    found = statements("Governor Ada Lee rejected Mayor Tom Park's statement, which said that "
                       "\"the budget is balanced and fair to all.\"")
    assert [s for _, s, _ in found] == ["Tom Park"]
    found = statements("Mayor Tom Park spoke on Monday. He was quoted as saying that \"the council will never "
                       "accept a budget like this one,\" targeting the governor's tweet which said that "
                       "\"the budget is balanced and fair to all.\"")
    assert [s for _, s, _ in found][:1] == ["Tom Park"]


def test_a_described_subject_inside_a_quote_does_not_take_the_pronoun():
    found = statements("Ambassador Li Wei spoke first. Mayor Ruth Obi spoke next. \"The Chinese and Nigerian "
                       "firms should work together,\" said Obi. She said that more talks would follow.")
    assert [s for _, s, _ in found] == ["Ruth Obi", "Ruth Obi"]


def test_an_aside_after_despite_and_a_coordinated_act_end_the_content():
    found = statements("The ministry of health has denied that the country faces a shortage of doctors, "
                       "despite widespread concerns among nurses.")
    assert found and found[0][2].endswith("doctors")
    found = statements("Minister Ada Lee said the Games will be held despite the pandemic.")
    assert found and found[0][2].endswith("despite the pandemic.")
    found = statements("Both sides noted the importance of regular communication and planned to hold a call.")
    assert found and found[0][2].endswith("communication")
    found = statements("Minister Ada Lee noted concerns about unfair and unbalanced trade in the region.")
    assert found and found[0][2].endswith("region.")


def test_the_person_completing_an_apposition_title_is_not_its_speaker():
    found = statements("Speaking from Accra, Ama Boateng, spokesperson for President Yaw Mensah, told reporters "
                       "that the vote would go ahead.")
    assert [s for _, s, _ in found] == ["Ama Boateng"]
    found = statements("Mary Lo, adviser to Prime Minister Li Wen, said the reform was overdue.")
    assert [s for _, s, _ in found] == ["Mary Lo"]
    found = statements("Minister of Foreign Affairs Ana Costa said the talks were useful.")
    assert [s for _, s, _ in found] == ["Ana Costa"]


def test_a_described_outlet_and_the_owner_of_a_relative_clause_speak():
    found = statements("Prices rose 4 percent last year, Zamnews, a local news site, reported on Monday.")
    assert [s for _, s, _ in found] == ["Zamnews"]
    found = statements("The claim comes from Asia Sentinel, which, earlier this week, concluded that "
                       "\"the port is already owned by foreign investors.\"")
    assert [s for _, s, _ in found] == ["Asia Sentinel"]
    found = statements("Tokyo Governor Rina Oda said the games would go ahead.")
    assert [s for _, s, _ in found] == ["Rina Oda"]


def test_that_before_a_bare_noun_and_is_determines_the_noun():
    found = statements("But Professor Ada Lee thinks that plan is a mistake and points to the old canal.")
    assert found and found[0][2].startswith("that plan is a mistake")
    found = statements("Professor Ada Lee said that trade would double next year.")
    assert found and found[0][2].startswith("trade would double")


def test_attribution_interrupting_the_subject_keeps_the_sentence_whole():
    found = statements("Analyst Mark Olsen spoke to reporters.",
                       "The city's budget, Olsen said, has grown faster than its tax base.")
    assert found == [("indirect", "Mark Olsen", "The city's budget, Olsen said, has grown faster than its tax base.")]


def test_according_to_interrupting_the_subject_keeps_the_sentence_whole():
    found = statements("Analyst Mark Olsen spoke to reporters.",
                       "The main risk with the new loans, according to Olsen, is a lack of transparency.")
    assert found == [("indirect", "Mark Olsen",
                      "The main risk with the new loans, according to Olsen, is a lack of transparency.")]


def test_readout_acts_with_their_objects():
    found = statements("President Ana Soto raised concerns about the rising cost of food. She also communicated "
                       "the determination of her government to finish the roads.",
                       "The two leaders met in Lima, with Soto later underscoring the importance of open markets.")
    assert found[:2] == [("indirect", "Ana Soto", "raised concerns about the rising cost of food."),
                         ("indirect", "Ana Soto", "communicated the determination of her government to finish the roads.")]


def test_raising_money_is_not_speech():
    assert statements("Mayor Ana Soto raised $5 million for the new hospital in the city.") == []


def test_pledges_and_accusations_are_reported_acts():
    found = statements("But Pedro Alvarez, leader of the opposition Civic Alliance, has pledged to cancel the "
                       "port contract. He accused the mayor of hiding its costs.")
    assert found == [("indirect", "Pedro Alvarez", "pledged to cancel the port contract."),
                     ("indirect", "Pedro Alvarez", "accused the mayor of hiding its costs.")]


def test_speaker_before_a_relative_clause_or_a_company_name_with_commas():
    found = statements("Anna Berg, who serves as chief economist of Nordbank, said that rates would stay high.",
                       "Tom Reyes, general manager of Andes Mining Co., Ltd, said that copper exports would double.")
    assert [(s, t) for _, s, t in found] == [("Anna Berg", "rates would stay high."),
                                             ("Tom Reyes", "copper exports would double.")]


def test_an_organisations_statement_speaks_for_it():
    found = statements('"We worked closely with airlines on every step," an FAA statement said.')
    assert found == [("direct", "FAA", "We worked closely with airlines on every step")]


def test_a_dash_pair_inside_reported_words_does_not_end_the_sentence():
    found = statements("Zhao Wen, a consultant, said that products made for local buyers -- what he called a "
                       '"local first" plan -- are the key to the market.')
    assert found[-1] == ("indirect", "Zhao Wen", 'products made for local buyers -- what he called a '
                                                 '"local first" plan -- are the key to the market.')


def test_a_description_of_an_organisation_speaks_for_it():
    found = statements("The talks were hosted by the Alpine Trade Foundation.",
                       "The premise of the talks, according to the foundation, is that trade should grow.")
    assert found == [("indirect", "Alpine Trade Foundation",
                      "The premise of the talks, according to the foundation, is that trade should grow.")]


def test_the_holders_of_one_title_speak_as_a_group():
    found = statements("National Security Advisors Jake Sullivan, Shin Won-sik, and Akiba Takeo met in Seoul.",
                       "The National Security Advisors reaffirmed their commitment to address common challenges. "
                       "They expressed grave concern over the troop deployments.")
    assert [(s, t.split()[0]) for _, s, t in found] == [("National Security Advisors", "reaffirmed"),
                                                         ("National Security Advisors", "expressed")]


def test_an_opening_participle_reports_for_the_main_clause_subject():
    found = statements("Noting that exports have fallen for a year, Premier Wen Lu proposed the creation of a "
                       "new trade fund.")
    assert found[0] == ("indirect", "Wen Lu", "exports have fallen for a year")


def test_with_a_named_subject_and_a_participle():
    found = statements("The two leaders met in Lima, with President Ana Soto underscoring the importance of "
                       "open markets.")
    assert found == [("indirect", "Ana Soto", "underscoring the importance of open markets.")]


def test_a_described_subject_after_an_opening_phrase():
    found = statements("President Ana Soto met Prime Minister Li Wen.",
                       "Regarding the border, the President reiterated her support for the joint patrols and "
                       "emphasized the importance of the new crossings.",
                       "The President and Prime Minister reaffirmed their resolve to strengthen the alliance.")
    assert [s for _, s, _ in found] == ["Ana Soto", "Ana Soto", "Ana Soto"]


def test_both_as_a_subject_is_the_pair():
    found = statements("The two ministers met in Oslo. Both noted their commitment to work closely together.")
    assert found == [("indirect", "The two ministers", "their commitment to work closely together.")]


def test_a_promise_to_someone_is_not_a_pledge():
    found = statements("Families wait for the money promised to them by November, sources said.")
    assert [t for _, _, t in found] == ["Families wait for the money promised to them by November"]


def test_a_quote_after_adding_that_is_the_same_speakers():
    found = statements('"We must act together," said Commissioner Lea Berg, adding that the package is '
                       '"instrumental in cushioning the impact of the crisis."')
    assert {s for _, s, _ in found} == {"Lea Berg"}


def test_the_police_after_a_named_police_force():
    found = statements("Extremists are creating a perfect storm, Britain's Counter Terrorism Police said. "
                       "Between Jan. 1 and June 30, 17 children have been arrested, said the police.")
    assert [s for _, s, _ in found] == ["Counter Terrorism Police", "Counter Terrorism Police"]


def test_weak_verbs_report_nothing_without_a_speaker():
    assert statements("Rather than focus on disasters, the news about the region emphasizes positive angles. "
                      "Some research suggests that the campaign is working.") == []


def test_copular_and_made_clear_speech():
    found = statements("John Bolton spoke on Thursday. But Bolton was firm that aid should not go to rivals. "
                       "He made clear his commitment to the new plan. The talks made clear progress.")
    assert found == [("indirect", "John Bolton", "aid should not go to rivals."),
                     ("indirect", "John Bolton", "made clear his commitment to the new plan.")]


def test_findings_and_clauses_reported_without_that():
    found = statements("Afrobarometer, an African research network, reported in 2016 that most people see the "
                       "influence as positive. In 2017, Pew Research found that 72 percent of Nigerians agreed.",
                       "In March, the Communist Party announced it would merge the two broadcasters.")
    assert [s for _, s, _ in found] == ["Afrobarometer", "Pew Research", "Communist Party"]
    assert found[2][2] == "it would merge the two broadcasters."


def test_according_to_between_two_halves_keeps_the_sentence_whole():
    found = statements("Emeka Obi is a researcher. That amounts to propaganda, according to Obi, because the "
                       "goal is to shape opinion.")
    assert found == [("indirect", "Emeka Obi", "That amounts to propaganda, according to Obi, because the goal "
                                               "is to shape opinion.")]


def test_a_chain_of_appositions_leads_back_to_the_speaker():
    found = statements("In an opinion piece, He Wenping, a senior research fellow at the Charhar Institute, a "
                       "think tank on foreign relations, underscored how well the railway has moved freight.")
    assert [s for _, s, _ in found] == ["He Wenping"]


def test_the_short_name_of_an_organisation():
    found = statements("Last month, the Sunday Standard published a report. In the report, the Standard alleged "
                       "widespread abuse of the workers on the line.")
    assert [s for _, s, _ in found] == ["Sunday Standard"]  # the newspaper, by its full name


def test_descriptions_that_do_not_repeat_the_title():
    found = statements("Secretary of State Rex Tillerson began a trip. \"Our security is linked with theirs,\" "
                       "the top U.S. diplomat said.",
                       "Representative Chris Smith spoke. The U.S. lawmaker added the aid is building ties.")
    assert [s for _, s, _ in found] == ["Rex Tillerson", "Chris Smith"]


def test_the_age_description_is_the_latest_person():
    found = statements('"We will open the market," Chen Xuyuan said. The 64-year-old, who took office in August, '
                       "noted that he will continue to promote reform.")
    assert [s for _, s, _ in found] == ["Chen Xuyuan", "Chen Xuyuan"]


def test_a_released_statement_and_an_organisation_before_a_relative_clause():
    found = statements("Representative Chris Smith released a statement that said the aid has propped up "
                       "autocrats.",
                       "The African Union, which represents 55 countries, demanded an apology from the envoy.")
    assert [s for _, s, _ in found] == ["Chris Smith", "African Union"]


def test_a_clause_reported_without_that():
    found = statements("Secretary Rex Tillerson spoke. He announced the United States will give $533 million in aid.")
    assert found == [("indirect", "Rex Tillerson", "the United States will give $533 million in aid.")]


def test_a_condition_opening_the_sentence_is_said_too():
    found = statements("Secretary Rex Tillerson spoke. Without partnerships to build roads, Tillerson warned "
                       "there will be new ways for terrorists to recruit.")
    assert found == [("indirect", "Rex Tillerson", "Without partnerships to build roads, Tillerson warned there "
                                                  "will be new ways for terrorists to recruit.")]


def test_a_report_speaks_for_its_author():
    found = statements("Debt remains high, and a new report by The New York Times suggests the Belt and Road "
                       "Initiative is slowing down.",
                       "China did $188 billion of trade with Africa, according to a report from McKinsey and "
                       "Company, a global management consulting firm.")
    assert [(s, t.split()[0]) for _, s, t in found] == [("New York Times", "the"), ("McKinsey and Company", "China")]


def test_a_long_apposition_list_leads_back_to_the_speaker():
    found = statements("Representative Chris Smith, chairman of the House Subcommittee on Africa, Global Health, "
                       "Global Human Rights, and International Organizations, released a statement that said "
                       "the aid has propped up autocrats.")
    assert [s for _, s, _ in found] == ["Chris Smith"]


def test_an_unattributed_quote_after_an_organisations_words_is_the_quoted_persons():
    found = statements('"We will build a center," Chen Xu said. According to the AFC, all matches should be '
                       'completed in June. "If the matches are played in a tournament, we will apply to host it."')
    assert [s for _, s, _ in found] == ["Chen Xu", "AFC", "Chen Xu"]


def test_projections_and_sums():
    found = statements("The International Monetary Fund projected the economy to grow by 1.9 percent in 2020. "
                       "Adopting the yuan could add to perceptions that the economies have become too reliant. "
                       "But that does not mean all BRI projects should be dropped.")
    assert found == [("indirect", "International Monetary Fund", "the economy to grow by 1.9 percent in 2020.")]


def test_a_split_quote_after_a_long_attribution_keeps_its_speaker():
    found = statements('"It is still a bit weird," said Xie Xuan, a Beijing resident who had watched a session, '
                       '"but I would not mind."')
    assert [s for _, s, _ in found] == ["Xie Xuan", "Xie Xuan"]


def test_a_shared_surname_is_the_one_named_last():
    found = statements("Vice Chairman Zhang Xiaoming spoke first. Zhang Yong, deputy director, spoke later.",
                       "Earlier, Zhang Xiaoming said the law was urgent. Zhang said that the wrongs must be righted.")
    assert [s for _, s, _ in found] == ["Zhang Xiaoming", "Zhang Xiaoming"]


def test_an_acronym_ending_a_title_before_a_name():
    found = statements("Director of the Liaison Office in the HKSAR Chen Dong said the law is clear.")
    assert found == [("indirect", "Chen Dong", "the law is clear.")]


def test_raising_objections_and_ongoing_concerns():
    found = statements("President Ana Soto raised U.S. objections to the coercive actions in the strait. She also "
                       "raised ongoing concerns about the market practices. She raised $5 million for the school.")
    assert [t.split()[1] for _, _, t in found] == ["U.S.", "ongoing"]


def test_an_organisation_described_by_its_kind():
    found = statements('Domestic demand rose sharply, the British think tank Oxford Economics said Tuesday. '
                       '"The recovery has become more broad-based," said the think tank.')
    assert [s for _, s, _ in found] == ["Oxford Economics", "Oxford Economics"]


def test_judgements_and_saying_without_a_comma():
    found = statements("China's ambassador to Uganda, Zheng Zhuqiang, calls the allegations groundless.",
                       "The Kenya Wildlife Service also approved the bridge over the park saying it would have "
                       "minimal effect on the wildlife.")
    assert found == [("indirect", "Zheng Zhuqiang", "calls the allegations groundless."),
                     ("indirect", "Kenya Wildlife Service", "it would have minimal effect on the wildlife.")]


def test_an_issued_guideline_speaks_for_its_issuer():
    found = statements("BEIJING, Nov. 17 (Xinhua) -- The General Office of the State Council has released a "
                       "guideline on farmland. The country should unveil special protection measures, the "
                       "guideline said.")
    assert found == [("indirect", "General Office of the State Council",
                      "The country should unveil special protection measures")]


def test_said_on_a_channel_then_the_content():
    found = statements("The EACC said on Twitter the bribe totaled 500,000 Kenyan shillings.")
    assert found == [("indirect", "EACC", "the bribe totaled 500,000 Kenyan shillings.")]


def test_reported_words_end_before_the_sentences_own_attribution():
    found = statements("The bill passed, according to the German Press Agency (dpa). The German government hopes "
                       "that the amended law will protect the measures, dpa said.")
    assert found[-1][2] == "the amended law will protect the measures"


def test_the_speaker_after_an_inverted_verb_ends_before_a_prepositional_phrase():
    found = statements('Demand rose, the British think tank Oxford Economics said in a study. "Demand saw a strong '
                       'catch-up in October," said the think tank in its monthly Recovery Tracker.')
    assert found[-1][1] == "Oxford Economics"


def test_announced_closing_and_as_well_as():
    found = statements("Georgia will conduct a statewide hand recount of the ballots, Secretary of State Brad "
                       "Raffensperger announced on Wednesday.",
                       "President Ana Soto met the envoy. The President applauded the leadership on climate, as well "
                       "as previewed plans for an upcoming trade mission in September.")
    assert [s for _, s, _ in found] == ["Brad Raffensperger", "Ana Soto"]


def test_what_x_said_that():
    found = statements("The level was in line with what National Security Adviser Robert Brien said last month "
                       "that the troops would be reduced to 2,500.")
    assert found == [("indirect", "Robert Brien", "the troops would be reduced to 2,500.")]


def test_an_indefinite_spokesperson_is_the_one_the_story_names():
    found = statements("BEIJING, Nov. 11 (Xinhua) -- A Chinese mainland spokesperson on Wednesday urged the "
                       "secessionists not to make provocative attempts.",
                       "Zhu Fenglian, spokesperson for the Taiwan Affairs Office, made the remarks.")
    assert [s for _, s, _ in found] == ["Zhu Fenglian"]


def test_that_after_a_readout_object_is_a_relative_clause():
    found = statements("Jake Sullivan met the envoy. He affirmed U.S. support for a diplomatic resolution that "
                       "permits families to return.")
    assert found == [("indirect", "Jake Sullivan",
                      "affirmed U.S. support for a diplomatic resolution that permits families to return.")]


def test_a_judgement_with_as_is_reported_with_its_verb():
    found = statements("Senator Ana Costa characterized the port deal as reckless and one-sided.",
                       "The attack, which police described as brutal, killed two.",
                       "Mayor Rui Lima described the bridge.")
    assert found == [("indirect", "Ana Costa", "characterized the port deal as reckless and one-sided.")]


def test_readout_acts_that_need_their_object():
    found = statements("President Ana Costa reinforced the country's commitment to a free port. President Costa "
                       "raised opportunities to advance cooperation on energy. General Rui Lima reinforced the "
                       "border with three brigades.",
                       "The police informed the museum that the buyer was missing.")
    assert [(s, t) for _, s, t in found] == [
        ("Ana Costa", "reinforced the country's commitment to a free port."),
        ("Ana Costa", "raised opportunities to advance cooperation on energy."),
        (None, "the buyer was missing.")]


def test_a_judgement_given_as_a_quote_is_the_quote():
    found = statements("Gen. Tom Lee described the new base at the port as, “right outside our gates.”")
    assert found == [("direct", "Tom Lee", "right outside our gates.")]


def test_a_term_quoted_mid_sentence_leaves_the_sentence_whole():
    found = statements("Despite the setbacks, the rhetoric will not sway Zambia, Ana Costa said. For real influence, "
                       "the West should not call the loans “evil gifts,” but offer better ones, she added.")
    assert found[-1] == ("indirect", "Ana Costa", "For real influence, the West should not call the loans "
                                                  "“evil gifts,” but offer better ones")


def test_readout_acts_reported_with_their_verb():
    found = statements("President Ana Costa called for more joint efforts to fight the flood. She was clear about "
                       "the need to protect the farmers. Costa also noted the importance of avoiding steps that "
                       "could raise tensions. She attached great importance to the new port. Costa threatened "
                       "more sanctions to follow. She raised Lumeria's war against its neighbours.")
    assert [t for _, _, t in found] == [
        "called for more joint efforts to fight the flood.", "was clear about the need to protect the farmers.",
        "noted the importance of avoiding steps that could raise tensions.",
        "attached great importance to the new port.", "threatened more sanctions to follow.",
        "raised Lumeria's war against its neighbours."]
    assert statements("The coach is clear about his team's strengths and weaknesses.") == []


def test_unnamed_speakers_described_by_place_or_body():
    found = statements("“It is still quiet,” one Ostra resident still living on his land told the radio. “We have "
                       "heard nothing yet.”",
                       "“I worry about compensation,” a resident of Nong Vala Village in the capital said.",
                       "“I want no middle men,” RFA’s source said.",
                       "Reached for comment, a Varna district official said that the meeting was only to inform "
                       "villagers. “The committee only hands out documents,” the official said.",
                       "“It will pass,” a top official said.")
    assert [s for _, s, _ in found] == ["Ostra resident", "Ostra resident", "Nong Vala resident", "Nong Vala resident",
                                        "Varna district official", "Varna district official", None]


def test_according_to_inside_a_clause_is_no_attribution():
    found = statements("Judge Ana Costa said the court acts according to the Constitution and the law of the land.",
                       "Only when the agencies exercise supervision according to the Constitution will the region "
                       "be stable.")
    assert [s for _, s, _ in found] == ["Ana Costa"]


def test_according_to_a_body_at_its_host():
    found = statements("China accounts for a small portion of the debt, according to the Lumeria Research "
                       "Initiative at Johns Hopkins.",
                       "President Ana Costa relayed the country’s support for the peace efforts in the region.")
    assert [s for _, s, _ in found] == ["Lumeria Research Initiative", "Ana Costa"]


def test_warnings_judgements_and_namings_with_their_verbs():
    found = statements("Spokesman Tom Lee cautioned against staging a hasty withdrawal. Lumeria has already "
                       "cautioned the fund against lending money to Varna. Lumeria rejects the charges as Western "
                       "media propaganda. Lee dismissed as mere speculation that the two sides are renegotiating. "
                       "President Ana Costa called retirees a treasure for the state.",
                       "The firm rejected the bid on Monday. A company called Boxco grew. Minister Rui Lima warned "
                       "at the meeting.")
    assert [t.split()[0] for _, _, t in found] == ["cautioned", "cautioned", "rejects", "dismissed", "called"]


def test_a_speaker_from_somewhere_and_of_an_organisation():
    found = statements("Maj. Gen. Ibrahima Dembele from Mali highlighted shared interests at the Defense Forum.",
                       "“We need help,” said Lt. Gen. Masanneh Nyuku Kinteh of the Gambia Armed Forces.")
    assert [s for _, s, _ in found] == ["Ibrahima Dembele", "Masanneh Nyuku Kinteh"]


def test_a_clause_without_that_after_a_day():
    found = statements("Finance Minister Rui Lima announced Monday the government has decided to seek a loan.",
                       "The bridge will open in May, Minister Ana Costa said Monday.")
    assert found == [("indirect", "Rui Lima", "the government has decided to seek a loan."),
                     ("indirect", "Ana Costa", "The bridge will open in May")]


def test_a_named_speaker_of_an_organisation():
    found = statements("Lena Varga of the Green Alliance said the law was a start. “We have 14 inspectors,” she said.")
    assert [s for _, s, _ in found] == ["Lena Varga", "Lena Varga"]


def test_that_after_a_long_place_and_a_quantity_after_said():
    found = statements("President Ana Costa said at the opening of the Lumeria Forum for Asia Annual Conference in "
                       "2018 that growth can only come through openness.",
                       "Rui Lima, who runs a restaurant in the district, said at least a can of waste was thrown "
                       "out per day.")
    assert [t for _, _, t in found] == ["growth can only come through openness.",
                                        "at least a can of waste was thrown out per day."]


def test_a_closing_attribution_reports_the_whole_sentence_unless_someone_said_it():
    found = statements("The government has promised to pay compensation to those who lose land, the Lumeria Times "
                       "reported Monday.",
                       "Former President Ana Costa said the country could gain by enlisting partners, Bloomberg "
                       "reported.",
                       "Finance Minister Rui Lima spoke. The new finance minister said Tuesday he had asked "
                       "for an inquiry.")
    assert [(s, t) for _, s, t in found] == [
        ("Lumeria Times", "promised to pay compensation to those who lose land"),
        ("Ana Costa", "the country could gain by enlisting partners"),
        ("Rui Lima", "he had asked for an inquiry.")]


def test_pledges_outlines_and_a_day_between_speaker_and_verb():
    found = statements("President Ana Costa spoke with Prime Minister Rui Lima. The President expressed deep "
                       "sympathy for the victims, and pledged her full support for the people of Varna.",
                       "Governor Rui Lima Tuesday called on the member countries to uphold the treaty. Lima "
                       "enumerated a series of challenges the region is facing. The donors pledged $5 million.")
    assert [(s, t.split()[0]) for _, s, t in found] == [
        ("Ana Costa", "expressed"), ("Ana Costa", "pledged"), ("Rui Lima", "called"), ("Rui Lima", "enumerated")]


def test_a_forecast_reported():
    found = statements("The International Monetary Fund forecast Lumeria will be the only major economy to grow "
                       "this year. The weather forecast was wrong.")
    assert found == [("indirect", "International Monetary Fund",
                      "Lumeria will be the only major economy to grow this year.")]


def test_a_described_subject_after_and_opens_a_new_clause():
    found = statements("Vice President Ana Costa met President Rui Lima. They spoke about the West Bank and the Vice "
                       "President reiterated our concerns with steps that could escalate tensions. The Vice "
                       "President and the President welcomed the new talks on nuclear cooperation.")
    assert [s for _, s, _ in found] == ["Ana Costa", "Ana Costa"]


def test_a_document_speaks_for_its_issuer_not_the_credited_agency():
    found = statements("BEIJING, Oct. 29 (Xinhua) -- The Party Central Committee met and issued a communique. The "
                       "country will speed up a new pattern of growth, says the communique.")
    assert [s for _, s, _ in found] == ["Party Central Committee"]


def test_committing_that_reports_the_commitment():
    found = statements("President Ana Costa spoke today with Prime Minister Rui Lima, committing that the two "
                       "countries will work closely together.")
    assert found == [("indirect", "Ana Costa", "the two countries will work closely together.")]


def test_a_document_that_speaks_after_an_opening_clause():
    found = statements("BEIJING, Oct. 29 (Agency) -- The Party Central Committee issued a communique. Noting that "
                       "growth is in sight, the communique stresses that building a modern country is the goal.")
    assert [(s, t) for _, s, t in found][-1] == ("Party Central Committee", "building a modern country is the goal.")


def test_the_speaker_of_a_subordinate_clause_is_its_own_subject():
    found = statements("The governor offered to resign after Finance Minister Hana Novak raised questions about "
                       "the purchase of land.", "The mayor left when Karl Weber said the budget was a fraud.")
    assert [(k, s) for k, s, _ in found] == [("indirect", "Hana Novak"), ("indirect", "Karl Weber")]


def test_a_quote_joined_to_the_last_by_while_has_the_same_speaker():
    found = statements('Mayor Rosa Lind later noted that "the port is our future," while "the old docks must '
                       'stay open for the fishermen."')
    assert [(k, s) for k, s, _ in found] == [("direct", "Rosa Lind"), ("direct", "Rosa Lind")]


def test_someone_named_by_one_word_speaks_their_quote():
    found = statements('"The trains are never late," said a woman surnamed Qiao who rides line 3 daily.',
                       '"The fares went up," Moraes told the Daily Courier.')
    assert [s for _, s, _ in found] == ["Qiao", "Moraes"]


def test_a_known_persons_surname_after_a_quote_stays_theirs():
    found = statements("Premier Ilan Varga spoke on Monday.", '"We will grow," Varga said.')
    assert [s for _, s, _ in found] == ["Ilan Varga"]


def test_that_after_an_apposition_closing_the_verbs_adverbial_opens_the_content():
    found = statements("Ilan Varga said in an article in the Lumeria Review, a monthly journal on trade, that tariffs "
                       "would fall next year.")
    assert found == [("indirect", "Ilan Varga", "tariffs would fall next year.")]


def test_an_inverted_closing_attribution_reports_what_an_unnamed_group_said():
    found = statements("Most of the schools in the survey said they would recruit in Lumeria, said Ana Ruiz, "
                       "head of research at the Lumeria Institute of Education.", '"We see a focus," she said.')
    assert found == [("indirect", "Ana Ruiz", "Most of the schools in the survey said they would recruit in Lumeria"),
                     ("direct", "Ana Ruiz", "We see a focus")]


def test_agreed_to_is_a_commitment_read_with_its_verb():
    found = statements("The Prime Minister of Lumeria, Ana Costa, spoke with the President. The Prime Minister agreed "
                       "to ensure the crossing is open for aid. The two leaders and their teams agreed to stay in "
                       "close contact.")
    assert [(s, t) for _, s, t in found] == [
        ("Ana Costa", "agreed to ensure the crossing is open for aid."),
        ("The two leaders", "agreed to stay in close contact.")]


def test_agreed_to_is_no_statement_when_negated_or_inside_a_report():
    found = statements("Because Lumeria has not agreed to sign the accord, the risk goes up.",
                       'When the envoy visited, both countries agreed to bring "benefits to ordinary people," Ana '
                       'Costa noted.')
    assert [s for _, s, _ in found] == ["Ana Costa", "Ana Costa"]


def test_reported_words_end_at_a_quote_closed_on_its_comma_before_a_closing_attribution():
    found = statements('Ana Costa, the foreign minister of Lumeria, said the region will see "benefits for ordinary '
                       'people," the agency reported.')
    assert ("indirect", "Ana Costa", 'the region will see "benefits for ordinary people,"') in found


def test_the_report_said_is_the_organisation_that_reported():
    found = statements("The plant will open in May, Lumeria National Radio (LNR) reported on Monday. Another "
                       "plant will follow next year, the report said.")
    assert [s for _, s, _ in found] == ["Lumeria National Radio", "Lumeria National Radio"]


def test_words_quoted_after_dubbed_or_titled_are_a_name_not_a_statement():
    found = statements('Another project, dubbed a "combat vehicle with a new design concept," is ready for '
                       'inspection. Experts spoke at a seminar titled "Hints for a successful strategy in a '
                       'changing scenario," which was held online.')
    assert not [k for k, _, _ in found if k == "direct"]


def test_readout_acts_detailed_described_committed_and_a_view_that():
    found = statements("President Ana Costa spoke with President Ilan Varga. President Costa committed to pursuing "
                       "practical engagement. President Costa detailed our efforts to prevent the invasion. She "
                       "described the consequences if Lumeria sends arms. She reaffirmed her view that young "
                       "innovators will shape the future.", "The museum is committed to promoting research.")
    assert [t.split()[0] for _, s, t in found if s == "Ana Costa"] == [
        "committed", "detailed", "described", "reaffirmed"]
    assert len(found) == 4  # "is committed to" describes the museum


def test_two_countries_joined_by_and_speak_as_the_first():
    found = statements("The U.S. and India committed to expanding cooperation in new defense domains.")
    assert [s for _, s, _ in found] == ["United States"]


def test_a_long_sentences_closing_attribution_ends_the_inner_words():
    long_middle = ", ".join(["reduce hostility", "refrain from provocations", "strengthen communication",
                             "manage and control risks", "play a constructive role for the stable development of "
                             "the bilateral military relationship between the two countries in the coming years"])
    found = statements(f"Lumeria hopes that the other side will work with it to {long_middle}, Ilan Varga noted.")
    assert [s for _, s, _ in found] == ["Ilan Varga"]
    assert not found[0][2].endswith("noted.")


def test_a_leads_unnamed_spokesperson_is_the_person_named_next_as_speaking():
    found = statements("The two navies will hold a drill in May, a spokesperson for Lumeria's defense ministry said "
                       "Thursday. Ilan Varga said at a regular press conference that talks will follow.")
    assert [s for _, s, _ in found] == ["Ilan Varga", "Ilan Varga"]


def test_encouraged_reports_and_a_time_phrase_after_an_apposition_is_no_subject():
    found = statements("The State Council, Lumeria's cabinet, on Wednesday stressed the importance of domestic "
                       "efforts to put the trade pact into practice.",
                       "Ana Costa, an academician, spoke. She encouraged young researchers to be curious about science.")
    assert [s for _, s, _ in found] == ["State Council", "Ana Costa"]


def test_identified_as_is_a_judgement_but_not_in_the_passive():
    found = statements("Premier Ana Costa identified the railway as a major measure for the region's growth.",
                       "The relics were later identified by museum staff as lost cultural relics of Lumeria.")
    assert [(s, t.split()[0]) for _, s, t in found] == [("Ana Costa", "identified")]


def test_while_and_a_new_name_is_another_speakers_turn():
    found = statements("Ana Costa, a researcher, called for joint research among scientists, while Ilan Varga, a "
                       "professor, proposed to strengthen basic research. Trade went up, while Lumerian investment "
                       "surged, Ana Costa said.")
    assert [(s, t.split()[0]) for _, s, t in found] == [("Ana Costa", "called"), ("Ilan Varga", "proposed"),
                                                        ("Ana Costa", "Trade")]


def test_learned_from_names_the_source():
    found = statements("Ten exoskeletons developed by the Lumeria Human Performance Research Center were delivered, "
                       "the Daily Courier learned from the research center on Tuesday.",
                       "The Courier learned from the Lumeria Space Agency that the launch is set.",
                       "Ana Costa learned from a local car dealer that new cars are free of tax.")
    assert [s for _, s, _ in found] == ["Lumeria Human Performance Research Center", "Lumeria Space Agency"]


def test_closing_attributions_with_an_apposition_a_listener_or_a_when_clause():
    found = statements("Lumeria has signed 201 cooperation documents with 138 countries, Ana Costa, a spokesperson "
                       "for the Planning Commission, told a press conference.",
                       "Clearing the impact of the storm depends on people-centered development, Ilan Varga said "
                       "when addressing the summit via video link.")
    assert [(s, t) for _, s, t in found] == [
        ("Ana Costa", "Lumeria has signed 201 cooperation documents with 138 countries"),
        ("Ilan Varga", "Clearing the impact of the storm depends on people-centered development")]


def test_ordered_to_is_a_directive_and_the_islands_defense_department_an_organisation():
    found = statements("The Central Military Commission ordered all levels of the armed forces to study the outline.",
                       "A jet crashed off the coast on Thursday, the island's defense department said.",
                       "The tribunal ordered a halt to construction. The airline ordered 100 jets.")
    assert [s for _, s, _ in found] == ["Central Military Commission", "defense department"]


def test_the_veteran_diplomat_is_the_one_just_quoted_and_the_lender_the_bank():
    found = statements('Former Foreign Minister Ilan Varga spoke at the forum. "It is a hard time," Varga said. '
                       'The veteran diplomat said that the two sides should keep talking.',
                       "The Lumeria Development Bank has pledged to step up support. The lender said it intends to "
                       "issue more loans.",
                       "A military expert who asked for anonymity told reporters the drills went well. The AI could "
                       "act like an instructor, the expert said.")
    assert [s for _, s, _ in found][:5] == ["Ilan Varga", "Ilan Varga", "Lumeria Development Bank",
                                            "Lumeria Development Bank", None]


def test_echoed_someone_is_a_readout_act():
    found = statements("Vice President Ana Costa echoed President Ilan Varga in expressing the need to close the gaps.",
                       "The sound echoed through the hall.")
    assert [(s, t.split()[0]) for _, s, t in found] == [("Ana Costa", "echoed")]


def test_a_chinese_institution_by_its_epithet():
    found = statements("Trade with partner countries grew, the country's top economic planner said on Tuesday.",
                       "The State Council, China's cabinet, met on Friday.")
    assert found[0][1] == "National Development and Reform Commission"


def test_making_clear_called_out_and_accuse_are_speech_acts():
    found = statements("Defense Secretary Ana Costa sent a memo, making clear her opposition to the idea.",
                       'Reporter Ilan Varga, a critic, called out the "racial stereotypes" in the sketch.')
    assert [(s, t.split()[0]) for _, s, t in found] == [("Ana Costa", "making"), ("Ilan Varga", "called")]


def test_inverted_said_with_a_name_and_an_apposition_after_a_company_suffix():
    found = statements("The new line will boost trade with Central Asia, as more goods are expected to pass through "
                       "the city, said Ana Costa, general manager of the Lumeria Logistics Base.",
                       "Ilan Varga, deputy general manager of Lumeria Western Logistics Co., Ltd., a leading firm in "
                       "the zone, said in an interview that the park has received strong support.")
    assert [s for _, s, _ in found] == ["Ana Costa", "Ilan Varga"]


def test_a_subject_from_an_institution_with_of_and_and_in_its_name_is_a_subject():
    found = statements("Ana Costa from the Lumeria College of Agriculture and Forestry was one of them. "
                       "\u201cThey were pretty surprised,\u201d she said proudly.")
    assert [s for _, s, _ in found] == ["Ana Costa"]


def test_a_closing_according_to_reports_what_no_one_named_said_before_it():
    found = statements("Lumeria has always stressed that peace should be advocated between countries, according to "
                       "Ana Costa, president of the Lumerian Friendship Association.")
    assert [s for _, s, _ in found] == ["Ana Costa"]


def test_said_the_man_who_requested_anonymity_is_the_unnamed_speaker_before():
    found = statements('"We have no idea when we will be paid," a resident of Kandal who gave up his house told RFA.',
                       "Before, the government paid only for roof bricks when it compensated villagers, said the man "
                       "who requested anonymity.")
    assert [s for _, s, _ in found] == ["Kandal resident", "Kandal resident"]
    assert found[1][2].startswith("Before, the government")


def test_a_verb_after_but_has_shares_the_clauses_subject():
    found = statements("Former Prime Minister Ana Costa spoke on Monday. Costa has been linked to the fund, but has "
                       "denied that she committed any wrongdoing.")
    assert found == [("indirect", "Ana Costa", "she committed any wrongdoing.")]


def test_words_quoted_after_the_concept_of_are_a_term_not_a_statement():
    found = statements('The contest promotes the concept of "a community with a shared future for all nations" '
                       'among students.')
    assert not [k for k, _, _ in found if k == "direct"]


def test_the_surname_he_before_a_title_is_a_name_not_the_pronoun():
    found = statements('"Each person got 3,000 yuan," He Shijian, secretary of the village committee, told reporters.')
    assert [s for _, s, _ in found] == ["He Shijian"]


def test_said_a_press_conference_held_by_x_is_x():
    found = statements("The region has eradicated absolute poverty, said a recent press conference held by the "
                       "Lumeria Information Office.")
    assert [s for _, s, _ in found] == ["Lumeria Information Office"]


def test_has_added_is_a_sum_not_speech():
    found = statements("This year's festival has added new features to offset the impact of the pandemic.",
                       "The plan is sound, Ana Costa added.")
    assert [s for _, s, _ in found] == ["Ana Costa"]


def test_a_company_by_its_short_name_its_spokesman_and_the_company():
    found = statements("Lumeria Chemicals runs the plant. In a brief statement, Lumeria said its tanks were inspected.",
                       "The company said it had commissioned its own tests.",
                       "A Lumeria spokesman said the company would cooperate fully with the inquiry.",
                       "The plant remains closed, and Korhonen-Vale said last week that it would not reopen soon.")
    assert [s for _, s, _ in found] == ["Lumeria Chemicals"] * 3 + ["Korhonen-Vale"]


def test_a_relative_clause_speaks_for_its_owner_and_the_owner_speaks_after_it():
    found = statements("The Kalde River Trust, which first called for the permit to be suspended three weeks ago, "
                       "said the sum was too small.",
                       "The deal, which called for a full withdrawal of forces by May, was signed in Doha.")
    assert [(s, t) for _, s, t in found] == [
        ("Kalde River Trust", "called for the permit to be suspended three weeks ago"),
        ("Kalde River Trust", "the sum was too small.")]
