# Writes the drafts of holdout-zh16 and annotations.yaml; checks every "quoted" string of a note against its paragraph.
import json
import pathlib
import re
import sys

OUT = pathlib.Path(sys.argv[1])
SRC = "# source: typed for holdout-zh16 (round 15) by project helper holdout-zh16, 2026-12-05, blind to the checker; not retrieved"
D = {}  # name -> (format line, text, [(key, kind, note)])

D["zh-01-unea-ocean-plastic-dear-chair.txt"] = (
"# format: typed as a primary-school pupil's (小学六年级) first draft for a teacher's 模联社团 session on ocean plastic: a title line only, \"尊敬的主席：\" where the organ line goes, the sponsors in a sentence of the text, clauses led by 首先 / 其次 / 最后; one paragraph per line; lead emphasis not represented (unknown)",
"""关于减少海洋塑料垃圾的决议草案
尊敬的主席：
本决议由法国和德国提出。
我们认为海洋里的塑料垃圾越来越多了，很多海龟和鲸鱼因为吃了塑料袋而死掉，
注意到塑料袋、吸管、饮料瓶……大部分都是一次性的，用完就被扔掉，
首先，我们希望各个国家少生产和少使用一次性塑料袋；
其次，鼓励超市和商店用纸袋或者布袋代替塑料袋；
再次，请联合国环境规划署每年组织一次世界海滩清洁日活动；
最后，大家应该一起行动起来保护我们的海洋！
""",
[("关于减少海洋塑料垃圾", "heading-field-missing", "only the title line \"关于减少海洋塑料垃圾的决议草案\": no 委员会, 起草国 or 附议国 line (the sponsors are named in a sentence of the text, ¶3) («委员会：…», «起草国：法国、德国», «附议国：…») (ZH-H01)"),
 ("尊敬的主席", "other", "\"尊敬的主席：\" - a letter's salutation where the organ line belongs; no organ line before the first preambular paragraph (e.g. «联合国环境大会，» / «大会，») (UN-B01, UN-B02, ZH-B01)"),
 ("本决议由法国和德国提出", "other", "\"本决议由法国和德国提出。\" - the sponsors written as a sentence of the text, before the preamble (belongs in the heading: «起草国：法国、德国») (ZH-H01, UN-B01)"),
 ("我们认为海洋", "wrong-lead-form", "\"我们认为\" - the preambular paragraph opens with a subject (我们) and 认为 instead of a preambular lead verb (e.g. «认识到……», «关切地注意到……») (UN-B03, ZH-B02)"),
 ("首先，我们希望", "numbering", "operative clause labelled \"首先，\" instead of a number («1.») (UN-B07, ZH-B03)"),
 ("首先，我们希望", "operative-without-verb", "\"我们希望各个国家\" - the clause opens with the subject 我们 before the verb («1. 促请各国……» / «1. 希望……») (UN-B06, ZH-B03)"),
 ("其次，鼓励", "numbering", "operative clause labelled \"其次，\" («2.») (UN-B07, ZH-B03)"),
 ("再次，请", "numbering", "operative clause labelled \"再次，\" («3.») (UN-B07, ZH-B03)"),
 ("最后，大家", "numbering", "operative clause labelled \"最后，\" («4.») (UN-B07, ZH-B03)"),
 ("最后，大家", "operative-without-verb", "\"大家应该\" - the clause opens with a subject (大家) and a modal (应该), not with an operative verb (e.g. «4. 呼吁所有国家……») (UN-B06, ZH-B03)"),
 ("最后，大家", "operative-end-mark", "last operative clause ends with \"！\" («。») (UN-B09, ZH-B03, ZH-B05)"),
])

D["zh-02-hrc-school-bullying-first-second.txt"] = (
"# format: typed as a junior-secondary pupil's (初一) draft for a 区级 model UN conference on school bullying: full heading with the sponsors in English, no organ line, clauses labelled 第一，第二，…; one paragraph per line; lead emphasis not represented (unknown)",
"""决议草案
委员会：人权理事会
议题：校园欺凌问题
起草国：France、Japan、Brazil
附议国：Kenya、Mexico、India、Canada
认识到校园欺凌会对学生的身体和心理健康造成很大的伤害，
关切地注意到很多被欺负的学生不敢告诉老师和家长。他们害怕被报复，
第一，呼吁各个国家制定专门反对校园欺凌的法律；
第二，鼓励学校设立心理咨询室！让学生有地方说出自己的烦恼；
第三，建议学校每个学期至少开一次反欺凌主题班会。
第四，请联合国儿童基金会帮助贫穷国家的学校培训老师；
第五，决定继续关注这个问题。
""",
[("认识到校园欺凌", "other", "no organ line before the first preambular paragraph («人权理事会，») (UN-B01, UN-B02, ZH-B01)"),
 ("关切地注意到很多", "full-stop-inside-clause", "\"不敢告诉老师和家长。他们害怕被报复\" - a full stop inside a preambular paragraph; the draft is one sentence («……家长，因为他们害怕被报复，») (ZH-B05, UN-B09)"),
 ("第一，呼吁", "numbering", "operative clause labelled \"第一，\" («1.») (UN-B07, ZH-B03)"),
 ("第二，鼓励", "numbering", "operative clause labelled \"第二，\" («2.») (UN-B07, ZH-B03)"),
 ("第二，鼓励", "full-stop-inside-clause", "\"设立心理咨询室！让学生\" - an exclamation mark ends a sentence inside the clause («……心理咨询室，让学生……») (ZH-B05)"),
 ("第三，建议", "numbering", "operative clause labelled \"第三，\" («3.») (UN-B07, ZH-B03)"),
 ("第三，建议", "operative-end-mark", "operative clause 3 of 5 ends with 。 («；») (UN-B09, ZH-B03, ZH-B05)"),
 ("第四，请", "numbering", "operative clause labelled \"第四，\" («4.») (UN-B07, ZH-B03)"),
 ("第五，决定", "numbering", "operative clause labelled \"第五，\" («5.») (UN-B07, ZH-B03)"),
])

D["zh-03-ga2-food-waste-demands-mixed-preamble.txt"] = (
"# format: typed as a junior-secondary pupil's (初二) draft for a 市级 model UN conference on food waste: heading with a \"关于……的决议草案\" title and pinyin signatories, a preambular paragraph ending \"！\", 要求各个国家, a preambular paragraph typed between the operative clauses and a preambular lead in a numbered clause; one paragraph per line; lead emphasis not represented (unknown)",
"""关于减少粮食浪费的决议草案
委员会：大会第二委员会
议题：粮食安全与粮食浪费
起草国：意大利、印度
附议国：Aiji、Niriliya、Bajisitan
大会，
震惊地注意到全世界每年浪费的粮食大约有13亿吨！
深信如果大家不浪费粮食，就可以让更多饥饿的人吃饱饭，
1. 要求各个国家减少餐馆、酒店和学校食堂里的粮食浪费；
2. 鼓励会员国开展“光盘行动”，教育学生吃多少就拿多少；
注意到很多粮食是在运输和储存的过程中坏掉的，
3. 认识到发展中国家缺少冷库和好的道路；
4. 请联合国粮食及农业组织帮助发展中国家修建冷库和粮仓；
5. 决定继续审议这个问题。
""",
[("震惊地注意到全世界", "preambular-end-mark", "preambular paragraph ends with \"！\" («，») (UN-B05, ZH-B02, ZH-B05)"),
 ("1. 要求各个国家", "other", "\"要求\" (Demands) in a General Assembly draft - Security-Council-only language («促请» / «呼吁») (MUN-F09, M7)"),
 ("注意到很多粮食", "other", "\"注意到很多粮食是在运输和储存的过程中坏掉的，\" - a preambular paragraph typed between operative clauses 2 and 3; the preamble comes before the operative part (UN-B01, UN-B05)"),
 ("3. 认识到", "wrong-lead-form", "\"3. 认识到\" - a preambular lead opening a numbered operative clause («确认» or move it to the preamble) (UN-B06, ZH-B03)"),
])

D["zh-04-unea-endangered-animals-all-full-stops.txt"] = (
"# format: typed as a primary-school pupil's (小学五年级) draft for a teacher's 模联社团: a title line and a committee line, no organ line, every paragraph ending 。, operative clauses without numbers, the sponsors and a thank-you after the last clause; one paragraph per line; lead emphasis not represented (unknown)",
"""关于保护濒危动物的决议草案
委员会：联合国环境大会
回顾很多动物已经永远消失了，比如渡渡鸟和旅鸽。
担心大象、犀牛和老虎的数量越来越少。
我们呼吁所有国家严厉打击偷猎和非法买卖象牙、犀牛角的行为。
我们希望各国多建一些自然保护区。
鼓励小朋友们不要购买用野生动物做的东西。
请联合国环境规划署每年公布一次濒危动物的名单。
本决议草案由中国、Australia和Kenya提出，谢谢大家！
""",
[("关于保护濒危动物", "heading-field-missing", "no 议题, 起草国 or 附议国 line in the heading (the sponsors are named after the last clause, ¶9) (ZH-H01)"),
 ("回顾很多动物", "other", "no organ line before the first preambular paragraph («联合国环境大会，») (UN-B01, UN-B02, ZH-B01)"),
 ("回顾很多动物", "preambular-end-mark", "preambular paragraph ends with 。 («，») (UN-B05, ZH-B02, ZH-B05)"),
 ("担心大象", "preambular-end-mark", "preambular paragraph ends with 。 («，») (UN-B05, ZH-B02, ZH-B05)"),
 ("我们呼吁所有国家", "numbering", "operative clause without a number («1.») (UN-B07, ZH-B03)"),
 ("我们呼吁所有国家", "operative-without-verb", "\"我们呼吁\" - the clause opens with the subject 我们 before the verb («1. 呼吁所有国家……») (UN-B06, ZH-B03)"),
 ("我们呼吁所有国家", "operative-end-mark", "operative clause 1 of 4 ends with 。 («；») (UN-B09, ZH-B03, ZH-B05)"),
 ("我们希望各国", "numbering", "operative clause without a number («2.») (UN-B07, ZH-B03)"),
 ("我们希望各国", "operative-without-verb", "\"我们希望各国\" - the clause opens with the subject 我们 before the verb («2. 鼓励各国……») (UN-B06, ZH-B03)"),
 ("我们希望各国", "operative-end-mark", "operative clause 2 of 4 ends with 。 («；») (UN-B09, ZH-B03, ZH-B05)"),
 ("鼓励小朋友们", "numbering", "operative clause without a number («3.») (UN-B07, ZH-B03)"),
 ("鼓励小朋友们", "operative-end-mark", "operative clause 3 of 4 ends with 。 («；») (UN-B09, ZH-B03, ZH-B05)"),
 ("请联合国环境规划署", "numbering", "operative clause without a number («4.») (UN-B07, ZH-B03)"),
 ("本决议草案由", "other", "\"本决议草案由中国、Australia和Kenya提出，谢谢大家！\" - the sponsors and a thank-you written after the last clause like the end of a speech (sponsors belong in the heading, «起草国：…»; delete the rest) (ZH-H01, UN-B01, ZH-B05)"),
])

D["zh-05-ga3-refugee-children-first-of-all.txt"] = (
"# format: typed as a junior-secondary pupil's (初二) draft for a 区级 model UN conference on refugee children's schooling: full heading, \"尊敬的主席、各位代表：\" before the organ line, preambular paragraphs opening 首先，我们 / 其次，, English State names in the text, a paragraph ending ……; one paragraph per line; lead emphasis not represented (unknown)",
"""关于难民儿童受教育问题的决议草案
委员会：大会第三委员会
议题：难民儿童的教育
起草国：德国、Turkey、约旦
附议国：黎巴嫩、加拿大、瑞典
尊敬的主席、各位代表：
大会，
首先，我们注意到全世界有一半以上的难民儿童没有学上，
其次，Syria和Afghanistan的战争让几百万个孩子离开了自己的家乡，
深感不安的是很多难民女孩很小就被迫结婚……
1. 呼吁各国让难民儿童进入当地的学校读书。这样他们就可以继续学习；
2. 鼓励会员国为难民营捐书、捐电脑和文具；
3. 请联合国难民署和联合国儿童基金会一起培训更多的老师；
4. 大家应该欢迎难民儿童，不要歧视他们！
5. 决定继续处理这个问题。
""",
[("尊敬的主席、各位代表", "other", "\"尊敬的主席、各位代表：\" - a speech's salutation typed between the heading and the organ line (delete it) (UN-B01)"),
 ("首先，我们注意到", "wrong-lead-form", "\"首先，我们注意到\" - the preambular paragraph opens with 首先 and a subject instead of its lead verb («注意到……») (UN-B03, ZH-B02)"),
 ("其次，Syria", "wrong-lead-form", "\"其次，Syria和Afghanistan的战争\" - the preambular paragraph opens with 其次 and a noun phrase, no lead verb (e.g. «关切地注意到……的战争……») (UN-B03, ZH-B02)"),
 ("深感不安的是", "preambular-end-mark", "preambular paragraph ends with an ellipsis \"……\" and no comma («，») (UN-B05, ZH-B02)"),
 ("1. 呼吁各国", "full-stop-inside-clause", "\"进入当地的学校读书。这样他们\" - a full stop inside operative clause 1 («……读书，使他们……；») (ZH-B05, UN-B09)"),
 ("4. 大家应该", "operative-without-verb", "\"4. 大家应该\" - the clause opens with a subject and a modal, not with an operative verb (e.g. «4. 促请各国欢迎……») (UN-B06, ZH-B03)"),
 ("4. 大家应该", "operative-end-mark", "operative clause 4 of 5 ends with \"！\" («；») (UN-B09, ZH-B03, ZH-B05)"),
])

D["zh-06-ga4-space-debris-sentences.txt"] = (
"# format: typed as a junior-secondary pupil's (初三) draft for a 市级 model UN conference on space debris: title and committee lines, the sponsors in a sentence before the organ line (one in pinyin), one idea per sentence with 。 inside clauses, a preambular paragraph ending \"！\"; one paragraph per line; lead emphasis not represented (unknown)",
"""关于太空垃圾问题的决议草案
委员会：大会第四委员会
议题：太空垃圾的减少和清理
本决议由美国、Eluosi和日本共同提出。
大会，
意识到现在地球周围有几万块太空垃圾，它们飞得比子弹还快！
还意识到太空垃圾可能撞坏正在工作的卫星和国际空间站，
1. 呼吁各个航天国家在卫星报废以后把它们移到“坟墓轨道”，或者让它们掉进大气层烧掉；
2. 鼓励科学家研究清理太空垃圾的新技术。比如用大网或者机械臂抓住垃圾；
3. 建议成立一个国际太空垃圾监测中心。这个中心要及时告诉各国哪里有危险的垃圾。
4. 请各国互相分享太空垃圾的观测数据，不要把数据藏起来；
5. 决定以后继续讨论这个问题。
""",
[("关于太空垃圾问题", "heading-field-missing", "no 起草国 or 附议国 line in the heading (the sponsors are named in a sentence, ¶4) («起草国：美国、俄罗斯联邦、日本») (ZH-H01)"),
 ("本决议由美国", "other", "\"本决议由美国、Eluosi和日本共同提出。\" - the sponsors written as a sentence of the text between the heading and the organ line (belongs in the heading, «起草国：…») (ZH-H01, UN-B01)"),
 ("意识到现在地球", "preambular-end-mark", "preambular paragraph ends with \"！\" («，») (UN-B05, ZH-B02, ZH-B05)"),
 ("2. 鼓励科学家", "full-stop-inside-clause", "\"清理太空垃圾的新技术。比如\" - a full stop inside operative clause 2 («……新技术，例如……；») (ZH-B05, UN-B09)"),
 ("3. 建议成立", "full-stop-inside-clause", "\"监测中心。这个中心\" - a full stop inside operative clause 3 (ZH-B05, UN-B09)"),
 ("3. 建议成立", "operative-end-mark", "operative clause 3 of 5 ends with 。 («；») (UN-B09, ZH-B03, ZH-B05)"),
])

D["zh-07-ga2-clean-water-teacher-corrected.txt"] = (
"# format: typed as a junior-secondary pupil's (初二) draft on drinking water after the 模联社团 teacher corrected it (clean by FORMAT.md; plain wording kept); one paragraph per line; lead emphasis not represented (unknown)",
"""决议草案
委员会：大会第二委员会
议题：让每个人都能喝上干净的水
起草国：埃及、荷兰、孟加拉国
附议国：肯尼亚、秘鲁、泰国、新西兰
大会，
回顾《2030年可持续发展议程》中关于人人享有清洁饮水和卫生设施的目标6，
关切地注意到世界上仍有约20亿人喝不到安全的饮用水，
认识到缺水的地区常常是女孩走很远的路去打水，因此不能按时上学，
1. 促请各国增加对农村供水设施的投入；
2. 鼓励会员国在学校里修建饮水点和干净的厕所；
3. 请联合国儿童基金会：
(a) 帮助受干旱影响的社区修建储水设施；
(b) 教孩子们如何节约用水和保护水源；
4. 决定继续审议这个问题。
""",
[])

D["zh-08-wha-children-myopia-teacher-corrected.txt"] = (
"# format: typed as a primary-school pupil's (小学六年级) draft on children's short-sightedness after the 模联社团 teacher corrected it (clean by FORMAT.md; plain wording and one English signatory name kept); one paragraph per line; lead emphasis not represented (unknown)",
"""决议草案
委员会：世界卫生大会
议题：儿童和青少年近视问题
起草国：新加坡、爱尔兰
附议国：智利、Fiji、蒙古
世界卫生大会，
注意到越来越多的儿童和青少年患上了近视，
又注意到孩子们每天看手机和平板电脑的时间越来越长，
铭记《儿童权利公约》规定儿童有权享有可达到的最高标准的健康，
1. 鼓励会员国保证学生每天至少有两个小时的户外活动时间；
2. 建议学校定期为学生免费检查视力；
3. 请总干事编写一份关于儿童近视情况的报告，并提交下一届世界卫生大会。
""",
[])

total = 0
lines = ["# Faults a careful Chinese chair would mark in the drafts of this folder, per paragraph, judged by",
"# /work/shared/FORMAT.md (profile cn-mun: ZH-H01, ZH-B01..B05, ZH-P01 and the UN / MUN rules they rest on: UN-B01..B09,",
"# UN-B11, MUN-F09). Written by helper holdout-zh16 (round 15) together with the drafts, BEFORE anything of drafter ran",
"# on them and before any checker code was read; kept as first written.",
"# Paragraph numbers: the non-empty lines after the two \"#\" lines. One entry per affected paragraph and kind.",
"# Labels 首先， / 其次， / 再次， / 最后， / 第一， / 第二， on operative clauses and operative clauses with no number at all are",
"# numbering (one per clause). An operative clause opening with a subject (我们希望, 我们呼吁, 大家应该) is",
"# operative-without-verb; a preambular paragraph opening with a subject or a sequence word (我们认为, 首先，我们注意到,",
"# 其次，<noun>) is wrong-lead-form. A missing organ line is `other` on the first preambular paragraph, or on the",
"# salutation (尊敬的主席：) that stands in its place; a salutation before a present organ line is `other` on itself.",
"# Sponsors written as a sentence of the text are `other` on that sentence, and the missing 起草国 line is one",
"# heading-field-missing entry on the first heading line (all missing fields in one entry). \"！\" or \"……\" ending a",
"# paragraph is that paragraph's end-mark fault; \"。\" or \"！\" ending a sentence inside a clause is full-stop-inside-clause.",
"# A preambular paragraph among the operative clauses is `other` (order, UN-B01); a preambular lead opening a numbered",
"# clause is wrong-lead-form; 要求 in a GA draft is `other` (MUN-F09), as in the earlier Chinese sets.",
"# Not faults (FORMAT.md allows them or does not speak, or the project's conventions leave them out): a title line",
"# \"关于……的决议草案\"; State names in pinyin or English (Aiji, Eluosi, France, Syria, Fiji) in sponsor lists, sponsor",
"# sentences and the text; colloquial wording inside clauses; colloquial but verbal preambular leads (担心, 深感不安的是);",
"# \"……\" inside a paragraph (an \"etc.\"); “…” around a phrase that is no title (“光盘行动”, “坟墓轨道”); 还意识到 / 又注意到;",
"# (a) (b) sub-labels; leads unknown in .txt (no emphasis judged)."]
for name, (fmt, text, faults) in D.items():
    paras = [line for line in text.split("\n") if line.strip()]
    (OUT / name).write_text(SRC + "\n" + fmt + "\n" + text, encoding="utf-8")
    lines.append(name + ":")
    if not faults:
        lines.append("  faults: []")
        continue
    lines.append("  faults:")
    entries = []
    for key, kind, note in faults:
        hits = [i for i, p in enumerate(paras, 1) if key in p]
        assert len(hits) == 1, (name, key, hits)
        p = hits[0]
        for q in re.findall(r'"([^"]+)"', note):
            assert q in paras[p - 1], (name, p, q)
        entries.append((p, kind, note))
    entries.sort(key=lambda e: e[0])
    for p, kind, note in entries:
        lines.append(f"  - {{paragraph: {p}, kind: {kind}, note: {json.dumps(note, ensure_ascii=False)}}}")
        total += 1
(OUT / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
print("faults", total)
