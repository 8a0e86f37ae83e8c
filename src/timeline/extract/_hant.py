"""
Traditional characters of the genre, mapped one to one onto simplified ones.

Local-news reports reprinted from Hong Kong, Macao or Taiwan outlets, or
typed on a traditional input method, print the same words in traditional
script. The extractor only *matches* on simplified text; output keeps the
characters as printed. A full converter (OpenCC) converts phrases, not
characters, and so can change a text's length, which would break the
offsets that evidence carries; a character table keeps offsets intact and
covers the vocabulary the rules look for (titles, verbs, units, common
surnames). Characters missing here simply do not match a rule.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["TO_SIMPLIFIED", "TRADITIONAL"]

_PAIRS: Final = (
    "區区書书記记會会議议學学習习開开長长調调導导員员黨党組组織织領领幹干報报訊讯"
    "與与為为們们這这個个對对時时間间問问題题國国電电於于將将進进動动關关發发參参"
    "選选舉举辦办務务業业設设計计鎮镇鄉乡縣县門门東东廣广場场觀观紅红補补屆届職职"
    "責责負负檢检實实體体衛卫環环農农鄭郑陽阳張张劉刘陳陈楊杨趙赵黃黄吳吴孫孙馬马"
    "許许鄧邓馮冯韓韩曉晓傑杰華华麗丽強强軍军偉伟濤涛輝辉鵬鹏聯联團团協协黨党政政"
    "務务副副處处廳厅級级隊队幫帮鄰邻傳传統统貫贯徹彻講讲話话讀读書书習习屆届歲岁"
    "貳贰陸陆萬万億亿兩两餘余約约幾几總总點点號号樓楼館馆園园鐵铁橋桥灣湾湖湖"
    "陣阵線线區区樂乐禮礼讓让頭头氣气愛爱衛卫執执紀纪監监審审査查視视察察訪访慰慰"
    "問问觀观摩摩賽赛評评獎奖勵励優优秀秀範范織织員员齊齐應应急急災灾險险豐丰產产"
    "營营億亿財财稅税資资銀银貸贷價价購购貨货運运輸输鐵铁車车駕驾駛驶醫医療疗藥药"
    "護护環环衛卫潔洁綠绿態态節节約约網网絡络數数據据訊讯聞闻錄录彙汇匯汇審审議议"
    "決决策策聽听取取匯汇報报說说表表揚扬彰彰積积極极參参與与組组織织員员專专題题"
    "黨党課课講讲壇坛訓训練练職职務务級级層层幹干部部隊队伍伍風风險险點点擊击週周"
    "記记憶忆錄录屬属於于對对陰阴陽阳曆历農农曆历鄉乡鎮镇區区縣县郵邮遞递號号碼码"
    "蘇苏沈沈葉叶蕭萧範范鄒邹蔣蒋魯鲁閻阎謝谢盧卢鍾钟龍龙羅罗戴戴譚谭賈贾顧顾薛薛"
    "閔闵詹詹嚴严賴赖龐庞湯汤鄺邝彭彭潘潘藍蓝駱骆鄔邬樊樊萬万時时錢钱孔孔鄭郑"
    "寧宁靜静瑩莹紅红穎颖濱滨慶庆豔艳燕燕鳳凤蓮莲順顺興兴壽寿榮荣雲云飛飞鑫鑫"
    "獻献營营現现場场參参訪访舉举辦办開开幕幕閉闭講讲話话會会見见談谈陪陪同同"
    "標标準准規规劃划綜综繼继續续發发揮挥動动帶带領领團团結结戰战勝胜遠远"
    "後后來来難难眾众麵面並并戶户達达錦锦藝艺楊杨億亿這这裡里邊边過过還还讓让從从們们"
    "歡欢迎迎紀纪務务貧贫困困醫医師师學学園园網网絡络創创產产築筑設设險险隱隐患患"
    "圍围繞绕強强協协調调黨党員员區区鎮镇鄉乡縣县級级屆届選选舉举會会議议場场館馆"
    "張张陳陈劉刘楊杨黃黄趙赵吳吴孫孙鄭郑馬马許许鄧邓馮冯韓韩蔣蒋蕭萧葉叶謝谢羅罗"
    "盧卢鍾钟龍龙閻阎賈贾顧顾嚴严賴赖龐庞湯汤鄒邹魯鲁譚谭萬万錢钱寧宁齊齐喬乔杜杜"
    "聳耸現现實实際际況况況况觀观點点論论題题標标準准檢检測测試试驗验響响應应評评審审"
    "項项圖图機机當当內内經经確确單单寶宝島岛親亲義义別别獲获無无溫温賀贺堅坚復复雙双緊紧"
    "鋒锋歷历權权壓压隨随編编輯辑擬拟細细類类績绩誼谊聲声懷怀該该崗岗維维腳脚諧谐語语討讨"
    "贈赠構构擴扩認认濟济備备啟启飲饮紹绍爭争變变熱热儀仪斷断頁页換换籌筹須须臨临轉转廈厦"
    "針针誠诚請请礙碍囑嘱剛刚遊游舊旧條条稱称連连詢询盡尽奮奋異异滿满凱凯擔担夢梦詳详養养"
    "離离駐驻兒儿頻频寫写飄飘悅悦嶺岭綿绵莊庄憲宪損损歸归儘尽納纳鞏巩則则訂订澤泽戀恋給给"
    "輩辈獨独覽览識识倫伦籲吁諮咨聖圣寬宽鳴鸣滅灭儲储閱阅術术買买爾尔種种證证擁拥緒绪蘭兰"
    "趕赶謀谋終终勢势裝装濃浓劍剑雖虽閒闲鏈链潤润載载費费諾诺晉晋薦荐遺遗鶯莺複复適适礎础"
    "顯显銳锐檔档襲袭攝摄殘残觸触尋寻虛虚礪砺鋼钢駿骏緯纬銘铭迴回詞词臺台醞酝釀酿頂顶噸吨"
    "礦矿頒颁暢畅邁迈脫脱樣样貢贡貿贸穩稳銷销輪轮煙烟齡龄來来見见溝沟區区縣县稿稿責责"
    # 發佈時間, 蒞臨, 致辭, 剪綵: header and ceremony words
    "佈布蒞莅辭辞綵彩譽誉牆墙廠厂縮缩徵征"
    # 委託, 攜同, 沿著, 歐陽: verbs and a surname the rules look for
    "託托攜携著着歐欧"
    # 次仁頓珠, 尼瑪, 堅贊, 瓊達, 紮西: Tibetan names' parts (a name has no
    # surname there, so each part must read)
    "頓顿瑪玛贊赞瓊琼紮扎"
    # 競賽, 預選, 簽約, 志願服務, 啓動禮 (a variant of 啟), 懇談會: kind words
    "競竞預预簽签願愿啓启懇恳"
)


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for i in range(0, len(_PAIRS) - 1, 2):
        trad, simp = _PAIRS[i], _PAIRS[i + 1]
        if trad != simp:
            table[ord(trad)] = simp
    return table


#: ``str.translate`` table: traditional code point -> simplified character.
TO_SIMPLIFIED: Final = _table()
#: Any one traditional character of the table.
TRADITIONAL: Final = re.compile("[" + "".join(chr(cp) for cp in sorted(TO_SIMPLIFIED)) + "]")
