"""Tour stops: where a list of places is printed, and the tour it makes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _places as places
from timeline.extract import extract_text
from timeline.extract._places import find_tour
from timeline.extract._venues import find_venue


class TestTour:
    def test_stops_in_order(self) -> None:
        """Stops after 先后到 split on 、 up to 实地察看, in order, whole."""
        text = "李晓雷一行先后到桐柏路建设路东南角、北岗小区、桐柏路191号院实地察看工作"
        assert ["桐柏路建设路东南角", "北岗小区", "桐柏路191号院"] == [
            p.name for p in find_tour(text)
        ]

    def test_areas_split(self) -> None:
        """A stop stays as printed; the sub-district opening it is also its area."""
        stops = find_tour("一行先后到棉纺路街道三棉东社区棉西小院、汝河路街道金苑社区进行观摩")
        assert [
            ("棉纺路街道三棉东社区棉西小院", "棉纺路街道"),
            ("汝河路街道金苑社区", "汝河路街道"),
        ] == [(p.name, p.area) for p in stops]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "在区妇联的陪同下,到建设路小学、建设路第二小学开展慰问",
                ["建设路小学", "建设路第二小学"],
                id="after-accompany",
            ),
            pytest.param(
                "先后深入汜水河上街段、工业园区排涝泵站等地,实地察看",
                ["汜水河上街段", "工业园区排涝泵站"],
                id="deng-di",
            ),
            pytest.param(
                "先后来到大冶镇、告成镇,走访慰问", ["大冶镇", "告成镇"], id="comma-then-verb"
            ),
            pytest.param("到我区视察城市更新工作", [], id="our-district"),
            pytest.param("副校长陈红走进三官庙社区,为党员宣讲", ["三官庙社区"], id="walks-into"),
            pytest.param("把更多的时间和精力投入到抓落实中", [], id="not-a-tour"),
            pytest.param(
                "王东一行先后来到东风超市、城南农贸市场以及百乐城,询问价格",
                ["东风超市", "城南农贸市场", "百乐城"],
                id="comma-and-yiji",
            ),
            pytest.param("随后来到红星社区参观", ["红星社区"], id="verb-not-glued"),
            pytest.param(
                "先后来到和平社区和百乐城察看", ["和平社区", "百乐城"], id="he-between-stops"
            ),
            pytest.param(
                "一行来到青山社区对基层党建工作进行调研", ["青山社区"], id="purpose-not-glued"
            ),
            pytest.param(
                "来到河西街道柳林社区困难户家庭走访慰问",
                ["河西街道柳林社区"],
                id="home-not-a-place",
            ),
            pytest.param("一行先后来到教学楼、功能室、操场等处", [], id="rooms"),
            pytest.param("深入社区、家庭,走访困难群众", [], id="kinds-of-place"),
            pytest.param("代表团将前往青龙湖、白马寺参访", [], id="future"),
            pytest.param("在东兴农产品市场,王东仔细询问供应", ["东兴农产品市场"], id="at-clause"),
            pytest.param("深入部分超市、农贸市场检查", [], id="a-share-of-places"),
            pytest.param("走访慰问坚守一线的防疫人员", [], id="people-not-places"),
            pytest.param("要求各单位深入排查、精准施治", [], id="deeply-is-no-going"),
            pytest.param("县长前往机场接机", [], id="errand-not-place"),
            pytest.param(
                "代表们先后视察了青山水产养殖基地、白云粮食科技园。",
                ["青山水产养殖基地", "白云粮食科技园"],
                id="seen-in-turn",
            ),
            pytest.param("随后来到新华路路口和滨江路检查", ["新华路路口", "滨江路"], id="crossing"),
            pytest.param("选民来到县直各选区选举投票有序开展", [], id="clause-not-place"),
            pytest.param(
                "今天在青峰村活动中心及新城小学办理投票",
                ["青峰村活动中心", "新城小学"],
                id="venues",
            ),
            pytest.param(
                "调研组实地考察了白河市青山镇、谷阳县城关镇等地",
                ["白河市青山镇", "谷阳县城关镇"],
                id="examined-on-the-spot",
            ),
            pytest.param("县派第一书记到村实地调研", [], id="village-on-the-spot"),
            pytest.param(
                "先后到访东山邨、区内一间安老院,并到香港抗战及海防博物馆参观",
                ["东山邨", "区内一间安老院", "香港抗战及海防博物馆"],
                id="visited-and-ji-inside-a-name",
            ),
            pytest.param("一行首先来到了青山镇人民政府,调研", ["青山镇人民政府"], id="came-to-le"),
            pytest.param(
                "探访油麻地骏景花园的居民。", ["油麻地骏景花园"], id="visited-for-residents"
            ),
            pytest.param(
                "先后来到上林隧道工程和城东村施工现场,询问",
                ["上林隧道工程", "城东村施工现场"],
                id="he-after-a-works",
            ),
            pytest.param("在南城区,、叮当店镇,、高蓬镇均有分布,了解", [], id="no-going-verb"),
            pytest.param(
                "在南城区,、叮当店镇,、高蓬镇走访,了解",
                ["南城区", "叮当店镇", "高蓬镇"],
                id="visited-there-stray-commas",
            ),
            pytest.param(
                "7月18日,在七角井镇政府大院里,村民围在摊位前",
                ["七角井镇政府大院"],
                id="at-after-a-date",
            ),
            pytest.param("探访区内长者,送上祝福", [], id="people-of-the-area"),
            pytest.param(
                "实地视察了我市重点项目青山中心医院、白云社区",
                ["青山中心医院", "白云社区"],
                id="our-city-opens-a-stop",
            ),
            pytest.param("先后到访东山邨逾1400户,了解", [], id="households-counted"),
            pytest.param("工作组先后到第三选区、第五选区督导", [], id="electoral-districts"),
            pytest.param(
                "一行到达宁波市镇海区骆驼街道宁静社区,调研",
                ["宁波市镇海区骆驼街道宁静社区"],
                id="arrived",
            ),
            pytest.param(
                "王刚带队实地察看了青山医院新院区建设项目推进情况。",
                ["青山医院新院区建设项目"],
                id="what-was-looked-at",
            ),
            pytest.param(" 在东兴市场,王东询问价格", ["东兴市场"], id="at-clause-after-a-space"),
            pytest.param(
                "代表们先后实(shí)地察看了青山水系艺术(shù)岛段、白云社区(qū),了解情况",
                ["青山水系艺术(shù)岛段", "白云社区(qū)"],
                id="readings-kept-as-printed",
            ),
            pytest.param(
                "一行先后察看了东城小学主体工程建设、体育中心停车场建设",
                ["东城小学", "体育中心停车场"],
                id="what-is-built-is-no-part",
            ),
            pytest.param(
                "先后到青山集团百万吨矿泉水生产、人民医院新区分院,查看项目",
                ["青山集团百万吨矿泉水生产", "人民医院新区分院"],
                id="long-stop-in-a-list",
            ),
            pytest.param("县长王东到青山镇调研春耕", ["青山镇"], id="bare-to-then-verb"),
            pytest.param(
                "王东昨早到东区视察,并到礼宾府与商界座谈", ["东区", "礼宾府"], id="to-twice"
            ),
            pytest.param("确保到2025年实现目标,努力达到青山镇标准", [], id="to-not-going"),
            pytest.param(
                "上午视察白沙乡东坪村、西坪村,针对道路提出建议",
                ["白沙乡东坪村", "西坪村"],
                id="seen-without-le",
            ),
            pytest.param(
                "区委书记李明调研青山集团,实地考察白云智慧农业研究院。",
                ["白云智慧农业研究院"],
                id="bare-look-then-place",
            ),
            pytest.param("专家组调研产业发展", [], id="bare-look-at-work"),
            pytest.param("学生们参观党史展览馆", [], id="bare-look-at-exhibit"),
            pytest.param("代表们参观了党史展览馆", ["党史展览馆"], id="look-with-le"),
            pytest.param(
                "副主任李明前往青山镇白石村视察便民服务站建设",
                ["青山镇白石村"],
                id="inspected-at-a-stop-named-before",
            ),
            pytest.param(
                "市长上午至东湖区先后视察「北岸排水工程」、「南街污水管网工程」",
                ["东湖区"],
                id="inspected-works-after-going",
            ),
            pytest.param(
                "代表们视察了青山镇白石村、黄土村,询问",
                ["青山镇白石村", "黄土村"],
                id="inspected-with-no-stop-before",
            ),
            pytest.param(
                "王东一行先后走访慰问了区人武部、区消防救援大队和市消防救援支队,询问",
                ["区人武部", "区消防救援大队", "市消防救援支队"],
                id="visited-and-comforted",
            ),
            pytest.param("探访了东山邨的基层家庭、独居长者,送上福袋", ["东山邨"], id="whose-homes"),
            pytest.param("探访居于青峰邨的双老家庭。", ["青峰邨"], id="who-live-there"),
            pytest.param("刘明带领大家参观了青松山庄,并", ["青松山庄"], id="toured"),
            pytest.param(
                "先后检查了河西街道青苑东侧燃气隐患点和老街餐饮店铺燃气安全使用情况",
                ["河西街道青苑东侧燃气隐患点", "老街餐饮店铺"],
                id="what-was-checked",
            ),
            pytest.param(
                "实地察看了由省里招商的白云妇产医院筹建情况",
                ["白云妇产医院"],
                id="described-before",
            ),
            pytest.param(
                "代表组专程赴位于江苏省盐城市的青山农场开展调研",
                ["青山农场"],
                id="located-in",
            ),
            pytest.param(
                "入户走访青山镇4户、白云乡2户", ["青山镇", "白云乡"], id="households-after"
            ),
            pytest.param(
                "先后走访东岭、西岭各村落,拜访长者", ["东岭", "西岭"], id="each-village-after"
            ),
            pytest.param(
                "在南城区、青山镇、长安路街道,王东询问进展",
                ["南城区", "青山镇", "长安路街道"],
                id="at-a-list",
            ),
            pytest.param("2篇调研报告获评全省优秀调研报告", [], id="report-not-place"),
            pytest.param("新春走访暖人心,关切催奋进", [], id="rhetoric"),
            pytest.param("在节日市场,要加强巡查", [], id="holiday-market"),
            pytest.param("将慰问金放在老人手里", [], id="money-in-hands"),
            pytest.param(
                "赵书记一行沿着青河东路、关城南路查看汛情",
                ["青河东路", "关城南路"],
                id="along",
            ),
            pytest.param(
                "重点查看了青河铁路桥北泄水口、老街地道桥积水情况及潮河段积水情况。",
                ["青河铁路桥北泄水口", "老街地道桥", "潮河段"],
                id="what-was-checked-then-ji",
            ),
            pytest.param(
                "赴通道街办事处和中山西路办事处督导防疫",
                ["通道街办事处", "中山西路办事处"],
                id="he-after-an-office",
            ),
            pytest.param(
                "市政协主席黄明到挂钩联系的长安社区,调研指导",
                ["长安社区"],
                id="described-place",
            ),
            pytest.param("镇长欧阳海莅临龙泉村专项督导", ["龙泉村"], id="honoured-presence"),
            pytest.param(
                "付中权一行先后来西合镇南坪村、海子村,对村容",
                ["西合镇南坪村", "海子村"],
                id="came-without-dao",
            ),
            pytest.param("区委书记张松深入东峤镇调研", ["东峤镇"], id="deep-without-cue"),
            pytest.param("第一站先到八仙村活动中心,冒雨察看", ["八仙村活动中心"], id="first-stop"),
            pytest.param(
                "县长到青山乡公所五楼大礼堂听取简报", ["青山乡公所五楼大礼堂"], id="to-hear"
            ),
            pytest.param("来到冈东村老党员区德能家中走访慰问", ["冈东村"], id="someones-home"),
            pytest.param("与他们深入交流涉及医疗、教育等话题", [], id="deep-talk"),
            pytest.param("要深入分析研判,强化调度", [], id="deep-analysis"),
            pytest.param("实地察看道路改造和背街小巷整治情况。", [], id="works-not-places"),
            # 视察 is no stop cue: a place only inside its topic stays out (decision 23).
            pytest.param(
                "主席团视察了齐家庄社区人居环境整治建设情况,",
                [],
                id="living-environment",
            ),
            pytest.param(
                "实地察看青园小区公园城市建设情况。", ["青园小区"], id="park-city-is-no-place"
            ),
            pytest.param(
                "县长王美18日前往视察荣光村沟渠、潮洋一排等护岸",
                ["荣光村沟渠", "潮洋一排"],
                id="went-to-inspect",
            ),
            pytest.param(
                "重点察看了青山社区代表联络室及开发区人大之家的建设运转情况",
                ["青山社区代表联络室", "开发区人大之家"],
                id="whose-running",
            ),
            pytest.param(
                "集中对30万吨玻纤项目、区规划展览馆、芭拉胡景区、黔江北互通等重点项目进行视察",
                ["30万吨玻纤项目", "区规划展览馆", "芭拉胡景区", "黔江北互通"],
                id="over-a-list",
            ),
            pytest.param("对市区城建工程进行实地调研", [], id="over-the-work"),
            pytest.param(
                "先后观摩了寺坪镇文化广场、棣花水泥廠等亮点工程",
                ["寺坪镇文化广场", "棣花水泥廠"],
                id="traditional-end",
            ),
            pytest.param("副巡视员李凤鸣一行来岚调研。", [], id="short-name-then-verb"),
            pytest.param("人大代表莅临蕉城开始展开专题调研", ["蕉城"], id="then-began"),
            pytest.param("在脱离暴风圈前,各项工作不能松懈", [], id="a-time"),
            pytest.param("在的基础上,深入实施精准扶贫,提升", [], id="carry-out"),
            pytest.param("组织干部深入到5村1社区走访慰问", [], id="counted-villages"),
            pytest.param(
                "并深入走访当地文物古迹,参观了青山镇恒豫围围屋。",
                ["青山镇恒豫围围屋"],
                id="what-was-done-opens-the-next-list",
            ),
            pytest.param(
                "陈华一行先后到广佛镇铁炉村,长安镇金石村、中原村田间地头详细了解",
                ["广佛镇铁炉村", "长安镇金石村", "中原村"],
                id="list-goes-on-after-a-comma",
            ),
            pytest.param(
                "刘华还来到伯温酒厂,对企业车间、储藏室、消防通道等场所进行了检查。",
                ["伯温酒厂"],
                id="rooms-after-a-comma",
            ),
            pytest.param("考察团13日上午抵达新北市,拜会议会", ["新北市"], id="arrived-at"),
            pytest.param("省扶贫办副主任李基来甘谷县调研督查", ["甘谷县"], id="came-to"),
            pytest.param("近年来青山镇调研成果丰硕", [], id="lai-in-a-word"),
            pytest.param("立即组织人员前往清理。", [], id="errand-after-going"),
            pytest.param(
                "司长谭荣探访了两间长者设施,包括青松安老院及白云长者综合服务中心,表达关怀",
                ["青松安老院", "白云长者综合服务中心"],
                id="including",
            ),
            pytest.param(
                "”在南城区、青山镇、北城区,王东询问",
                ["南城区", "青山镇", "北城区"],
                id="after-a-quote",
            ),
            pytest.param("大家沿着石阶爬上山顶", [], id="along-no-place"),
            pytest.param(
                "一行沿著青河东路、关城南路查看", ["青河东路", "关城南路"], id="along-traditional"
            ),
            pytest.param("李东昨早到多区视察", [], id="many-districts"),
            pytest.param(
                "县长一行前往青山大厦、河西营地察看", ["青山大厦", "河西营地"], id="tower-and-camp"
            ),
            pytest.param("又探访了同住于同一大厦的洪婆婆。", [], id="same-building"),
            pytest.param(
                "张伟先后深入寺坪镇稻场村阮仕全、陈邦文、陈邦学,了解",
                ["寺坪镇稻场村"],
                id="households-after-a-village",
            ),
            pytest.param(
                "督查组先后到陈大下、魏王许、边王许,查看",
                ["陈大下", "魏王许", "边王许"],
                id="villages-named-like-people",
            ),
            pytest.param(
                "督导组先后在寺前镇林业站、乔木寨村等地,对物资进行检查",
                ["寺前镇林业站", "乔木寨村"],
                id="at-in-turn",
            ),
            pytest.param(
                "陈刚深入国家公园腹地,在大拉洞管护站,详细了解",
                ["国家公园腹地", "大拉洞管护站"],
                id="at-after-a-comma",
            ),
            pytest.param("当晚在本澳市,各界人士", [], id="this-city"),
            pytest.param("仔细查看各社区的办公和便民服务场所,", [], id="every-places-rooms"),
            pytest.param(
                "调研组察看了青山镇食品工业园区建设、青山古街保护、柳河青山场镇段河道整治等情况。",
                ["青山镇食品工业园区", "青山古街", "柳河青山场镇段"],
                id="what-was-looked-at-after-the-list",
            ),
            pytest.param(
                "深入园区走访联系企业青山科技有限公司,了解",
                ["青山科技有限公司"],
                id="in-ones-charge",
            ),
            pytest.param("区长调研了解农机惠农项目", [], id="learned-about"),
            pytest.param(
                "董青平到小板、岳口等乡镇,对问题整改", ["小板", "岳口"], id="to-then-kind"
            ),
            pytest.param("又先后来到高铁东站等地,检查", ["高铁东站"], id="and-such-places"),
            pytest.param("深入村里,走访群众", [], id="in-the-village"),
            pytest.param(
                "区长何东深入汪川、大门、娘娘坝等乡镇,就扶贫进行调研",
                ["汪川", "大门", "娘娘坝"],
                id="kind-printed-after",
            ),
            pytest.param("带领调研组来秦安县,就协作工作进行调研", ["秦安县"], id="came-to-then-on"),
            pytest.param("先后来到李家庄、王家坝察看", ["李家庄", "王家坝"], id="surname-places"),
            pytest.param("局长林东今日到访南区,与议员会面", ["南区"], id="visited-district"),
            pytest.param(
                "一行来到宏大饲料、鑫盛热处理等重点企业,详细了解",
                ["宏大饲料", "鑫盛热处理"],
                id="firm-named-after-its-work",
            ),
            pytest.param(
                "副县长林东慰问了县武装部、森林消防队和特警大队的官兵",
                ["县武装部", "森林消防队", "特警大队"],
                id="whom-it-was-for-after-a-list",
            ),
            pytest.param("前往西湾村,探望相识多年的村民", ["西湾村"], id="people-described"),
            pytest.param(
                "调研组深入草原腹地,在白石管护站与护林员座谈",
                ["草原腹地", "白石管护站"],
                id="at-then-met",
            ),
            pytest.param("一行到该县东风镇视察", ["东风镇"], id="that-county"),
            pytest.param("一行到东风镇木兰村青石屯实地查看", ["东风镇木兰村青石屯"], id="tun"),
            pytest.param("主任王东到“站”指导", [], id="quoted-word"),
            pytest.param("深入了解惠农项目的进展", [], id="learnt-not-visited"),
            pytest.param(
                "在前进村,一行实地查看了水面垃圾、河道水质、岸线卫生等情况",
                ["前进村"],
                id="looked-at-no-places",
            ),
            pytest.param("他来到壮族村民韦某某家中,促膝交谈", [], id="villager-no-village"),
            pytest.param("县长走访途中遇大雨,仍按行程前行", [], id="visit-no-place"),
            pytest.param(
                "先后走访了青禾食品、永安电子等企业", ["青禾食品", "永安电子"], id="visit-tour"
            ),
            pytest.param("随后到东街万达百货走访企业", ["东街万达百货"], id="department-store"),
            pytest.param("镇长在场镇开展安全检查", [], id="town-centre"),
            pytest.param("呼吁市民切勿前往河边观潮", [], id="told-to-keep-away"),
            pytest.param("调研组在副市长王东陪同下来青山镇视察", ["青山镇"], id="escorted-here"),
            pytest.param("百余名家属走进军营", [], id="barracks"),
            pytest.param(
                "市长王明今日上午至东港区先后视察两处工地", ["东港区"], id="went-at-a-time-of-day"
            ),
            pytest.param("展览从上午至晚上8时开放", [], id="from-to-is-no-going"),
            pytest.param(
                "县长分别前往东河镇与西山乡会勘道路工程",
                ["东河镇", "西山乡"],
                id="yu-between-towns",
            ),
            pytest.param("县长首先到东河镇码头旁会勘堤防", ["东河镇码头旁"], id="inspect-on-site"),
            pytest.param("县长逐步视察需改善之处", [], id="what-needs-doing"),
            pytest.param("议员一行展开四天的考察取经行程", [], id="a-journey"),
            pytest.param(
                "县长前往东河乡、西山镇及南湖乡多处道路实地会勘",
                ["东河乡", "西山镇", "南湖乡"],
                id="spots-of-a-place",
            ),
            pytest.param(
                "参观在东区市政大厦内的图书馆、体育馆和街市", ["东区市政大厦"], id="rooms-inside"
            ),
            pytest.param(
                "县长视察东河村、西山村针对农路问题提出建议", ["东河村", "西山村"], id="regarding"
            ),
            pytest.param(
                "调研组考察了宏达科技公司和永兴农业合作社",
                ["宏达科技公司", "永兴农业合作社"],
                id="cooperative",
            ),
            pytest.param("县领导到所在选区参加投票", [], id="their-own-district"),
            pytest.param("代表团赴青山县参加开幕式", ["青山县"], id="went-to-attend"),
            pytest.param(
                "镇长陪同调研在镇卫生院,一行听取汇报", ["镇卫生院"], id="verb-glued-to-zai"
            ),
            pytest.param("全体干部共计80多人到场聆听", [], id="present-not-going"),
            pytest.param("考察团一行来我旗考察", [], id="our-own-banner"),
            pytest.param(
                "调研组一行先后来到青山中学和新桥小学,详细询问",
                ["青山中学", "新桥小学"],
                id="schools",
            ),
            pytest.param(
                "书记深入龙潭、东坝、雪峰等地督导调研",
                ["龙潭", "东坝", "雪峰"],
                id="deng-di-says-places",
            ),
            pytest.param("项目观摩是市委、市政府的一次检阅", [], id="verb-as-subject"),
            pytest.param("通过观摩展示出我区的成绩亮点", [], id="highlights"),
            pytest.param("慰问队伍来到老人们身边", [], id="beside-people"),
            pytest.param("到东山村调研,王明一行现场查看", ["东山村"], id="a-party-is-no-place"),
            pytest.param("主任稍后亦会到青山大学", [], id="will-go-later"),
            pytest.param(
                "领导们前往县消防大队观看了队列动作、消防演示等表演",
                ["县消防大队"],
                id="verb-with-le-ends-the-list",
            ),
            pytest.param("县长到青山高中督查开学工作", ["青山高中"], id="senior-high"),
            pytest.param("在东河段,一行查看了水质", ["东河段"], id="river-section"),
            pytest.param("在青山铁矿,市长深入井下", ["青山铁矿"], id="mine"),
            pytest.param("在植树现场与大家一道,挥锹培土", [], id="together-with"),
            pytest.param("认真考察了我县城市建设", [], id="the-city-in-general"),
            pytest.param(
                "一行走访慰问了东山村特困供养人员张大明、西河村困难党员李小红",
                ["东山村", "西河村"],
                id="people-after-the-place",
            ),
            pytest.param(
                "一行先后走访慰问了城东小学教师王一凡", ["城东小学"], id="teacher-after-the-school"
            ),
            pytest.param("在欢送仪式现场,锣鼓喧天", [], id="scene-of-an-event"),
            pytest.param(
                "在青山镇麦收现场,县长查看了收割进度", ["青山镇麦收现场"], id="scene-at-a-place"
            ),
            pytest.param("代表们视察镇区重点项目建设", [], id="key-projects-in-general"),
            pytest.param(
                "书记还参观指导了青山村志愿服务站", ["青山村志愿服务站"], id="looked-and-guided"
            ),
            pytest.param("欢迎来信王明带队开展检查", [], id="leading-a-team"),
            pytest.param("在青山县人民广场人潮涌动", ["青山县人民广场"], id="at-a-square"),
            pytest.param("在东河沿线详细了解防汛工作", ["东河沿线"], id="along-a-river"),
            pytest.param("在训练基地靶场开展实弹射击", ["训练基地靶场"], id="ground-of-a-venue"),
            pytest.param("在工作中心任务上下功夫", [], id="no-venue-head"),
            pytest.param(
                "视察组成员在青山经济开发区,听取了规划介绍",
                ["青山经济开发区"],
                id="subject-before-at",
            ),
            pytest.param(
                "5月3日上午,东山乡政府在二楼会议室,召开安全生产会议",
                ["二楼会议室"],
                id="body-before-at-after-a-date",
            ),
            pytest.param("市长表示,全市还在警戒区内,各单位要留守", [], id="still-in-is-a-state"),
            pytest.param("全市仍然在警戒区内,各单位留守", [], id="two-char-adverb-is-a-state"),
            pytest.param("委员们将在青山会议中心,听取报告", [], id="future-at-is-to-come"),
            pytest.param("居民可在东岭便民服务中心,办理证件", [], id="modal-at-is-allowed"),
            pytest.param(
                "县书法协会在二楼会议室,举办书法展", ["二楼会议室"], id="body-ending-in-hui"
            ),
            pytest.param(
                "部分专家学者赴青山区档案馆、东岭街道南坎社区等地,实地考察治理工作",
                ["青山区档案馆", "东岭街道南坎社区"],
                id="to-places-closed-by-dengdi",
            ),
            pytest.param(
                "调研组成员来青山区,围绕乡村振兴开展调研",
                ["青山区"],
                id="to-a-place-then-its-topic",
            ),
            pytest.param(
                "宣讲会在青山镇及东岭村同步举行",
                ["青山镇", "东岭村"],
                id="venues-at-once",
            ),
            pytest.param(
                "放归活动在东山县、西河区和南湖市三地同时举行",
                ["东山县", "西河区", "南湖市"],
                id="venues-counted-at-once",
            ),
            pytest.param(
                "3月2日下午,青山镇东岭村村委会热闹非凡,村民们",
                ["青山镇东岭村村委会"],
                id="crowd-there",
            ),
            pytest.param(
                "虽然寒风刺骨,但县影剧院内却是暖意融融", ["县影剧院"], id="crowd-inside-but"
            ),
            pytest.param("晚上7时,镇政府礼堂内座无虚席", ["镇政府礼堂"], id="full-hall"),
            pytest.param("整个礼堂座无虚席", [], id="the-whole-hall"),
            pytest.param(
                "5月8日晚,县委1、2号会议室内灯火通明,学员们认真听课",
                ["县委1、2号会议室"],
                id="lit-room-numbered",
            ),
            pytest.param(
                "4月3日,青山镇政府三楼会议室里,新当选的代表们围坐一起",
                ["青山镇政府三楼会议室"],
                id="room-as-setting",
            ),
            pytest.param("会后,会议室里,大家继续讨论", [], id="a-room-unnamed"),
            pytest.param("3月1日,县图书馆阅览室内读者众多", [], id="room-with-no-scene"),
            pytest.param("春节临近,处处人声鼎沸", [], id="everywhere"),
            pytest.param("活动现场热闹非凡", [], id="scene-of-an-activity"),
            pytest.param("电视台记者来青山县采访春耕情况", ["青山县"], id="came-to-interview"),
            pytest.param(
                "与会人员先后到东山镇罗家村、三合村,城南街道泾洋村,现场观摩",
                ["东山镇罗家村", "三合村", "城南街道泾洋村"],
                id="one-stop-after-a-comma",
            ),
            pytest.param(
                "一行先后来到东山村、西河村,并到县博物馆参观",
                ["东山村", "西河村", "县博物馆"],
                id="a-clause-after-a-comma",
            ),
            pytest.param("在县委理论学习中心组会上发言", [], id="study-group"),
            pytest.param("考察团来到此行考察的第一站", [], id="this-trip"),
            pytest.param("书记看望值守在防汛一线的工作人员", [], id="a-clause-with-zai"),
            pytest.param(
                "一行先后来到城西安置房在建工地、滨河公园",
                ["城西安置房在建工地", "滨河公园"],
                id="under-construction",
            ),
            pytest.param("一行实地查看了险情处置情况", [], id="what-was-looked-at"),
            pytest.param(
                "一行实地查看了东湖社区改造情况", ["东湖社区"], id="a-place-then-what-was-looked-at"
            ),
            pytest.param(
                "部长深入金山镇、银湖镇调研", ["金山镇", "银湖镇"], id="place-opening-with-jin"
            ),
            pytest.param("书记看望慰问金寨村困难户", [], id="visit-people"),
            pytest.param(
                "代表们视察了南丁佳苑和东湖垸", ["南丁佳苑", "东湖垸"], id="garden-and-polder"
            ),
            pytest.param("各代表团按时到会", [], id="at-the-meeting"),
            pytest.param("莅临领导、嘉宾为获奖选手颁奖", [], id="attending-people"),
            pytest.param(
                "县长先后深入东山镇、西河乡、南坪乡的田块、村卡点实地督导",
                ["东山镇", "西河乡", "南坪乡"],
                id="what-each-district-holds",
            ),
            pytest.param("大家要深入思考、精准建言", [], id="deeply-thinking"),
            pytest.param("讲解员深入浅出,生动有趣", [], id="deep-yet-plain"),
            pytest.param("部长深入探索解决路径", [], id="deeply-exploring"),
            pytest.param(
                "代表们在东山村代表联络站与选民面对面交流",
                ["东山村代表联络站"],
                id="met-there-mid-sentence",
            ),
            pytest.param("在代表们与选民交流时", [], id="met-people-no-place"),
            pytest.param(
                "视察组视察了青山工业园区红叶科技、百味轩等企业",
                ["青山工业园区红叶科技", "百味轩"],
                id="kind-after-list-firms",
            ),
            pytest.param("视察组视察了红叶科技、百味轩", [], id="no-kind-no-firms"),
            pytest.param(
                "在青山镇红星农机合作社,一行人察看育秧",
                ["青山镇红星农机合作社"],
                id="at-a-cooperative",
            ),
            pytest.param(
                "副市长王五来到青山镇召开驻村工作会", ["青山镇"], id="meeting-called-there"
            ),
            pytest.param("区长张三到青禾电子督导", ["青禾电子"], id="firm-short-name"),
            pytest.param(
                "李明到上河、王村、北店、西岭村实地走访",
                ["上河", "王村", "北店", "西岭村"],
                id="villages-share-the-last-kind",
            ),
            pytest.param("书记到企业、学校、农村调研", [], id="kinds-end-in-countryside"),
            pytest.param(
                "主席李四一行来丰考察学习基层协商建设、产业发展等工作",
                [],
                id="one-character-name-then-its-work",
            ),
            pytest.param(
                "委员们先后到东岭村和西岭村进行了实地考察,参观了村史馆、文体中心等",
                ["东岭村", "西岭村"],
                id="rooms-of-the-village",
            ),
            pytest.param(
                "调研组来到北坪镇东岭村,在村党群服务中心,与村干部进行了交流",
                ["北坪镇东岭村"],
                id="at-the-village-own-centre",
            ),
            pytest.param(
                "调研组首先前往东园社区居委会召开座谈会",
                ["东园社区居委会"],
                id="meeting-called-at-committee",
            ),
        ],
    )
    def test_tour_forms(self, text: str, expected: list[str]) -> None:
        """The genre's ways of printing a tour, and look-alikes that are not."""
        assert expected == [p.name for p in find_tour(text)]


class TestTourOverSentences:
    def test_stops_in_later_sentences(self) -> None:
        """A tour's stops printed over several sentences are all kept, in order."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,副市长王东深入全市农贸市场检查食品安全。"
            "走进东风超市,王东仔细查看。随后,王东一行又来到城南农贸市场和百乐城,"
            "与经营户交流。在百乐城,王东先后来到办公室、仓库等处察看。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert ["东风超市", "城南农贸市场", "百乐城"] == [loc.name for loc in event.locations]

    def test_venue_told_later_in_a_paragraph_is_another_activity(self) -> None:
        """A venue after a later paragraph's first sentence is another activity's."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,县委书记王东到东湖村调研乡村振兴工作。\n"
            "在东湖村文化广场,王东察看了村史展览。去年,该村曾在县委党校召开座谈会。\n"
            "在西岭村会议室召开座谈会,听取村干部汇报。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert ["东湖村", "东湖村文化广场", "西岭村会议室"] == [loc.name for loc in event.locations]


class TestElectoralDistrict:
    @pytest.mark.parametrize(
        "text",
        [
            "在东山村选区,代表与选民座谈交流",
            "街道领导到选区投票站进行指导",
            "代表们来到第三选区检查",
        ],
    )
    def test_district_is_no_stop(self, text: str) -> None:
        """An electoral district, or a place named only as the district's, is no stop."""
        assert [] == find_tour(text)

    def test_scene_in_a_district(self) -> None:
        """The scene of the voting in a district (X选区现场) is a place."""
        assert ["第三选区现场"] == [p.name for p in find_tour("在第三选区现场,选民们依次投票")]


#: Pieces of tour and venue sentences, glued in any order by the property tests.
_TOUR_PIECES = (
    *("先后到", "来到", "前往视察", "深入", "沿着", "在", "于", "假", "到", "赴", "来"),
    *("、", ",", "及", "和", "以及", "的", "等地", "等", "实地察看", "调研", "召开", "举行"),
    *("青山镇", "白云村", "东风超市", "汝河路街道金苑社区", "區(qū)", "建设情况", "居民"),
    *("对", "进行视察", "包括", "探访了", "家中", "4户", "各村落", "位于青州的", "”"),
)


class TestSpans:
    @given(st.lists(st.one_of(st.sampled_from(_TOUR_PIECES), st.text(max_size=4)), max_size=30))
    def test_every_place_is_printed_where_its_span_says(self, pieces: list[str]) -> None:
        """A stop's or venue's span points at exactly the place as printed, area included."""
        text = "".join(pieces)
        found = find_tour(text)
        venue = find_venue(text)
        for place in [*found, *([venue] if venue is not None else [])]:
            a, b = place.span
            assert text[a:b] == place.name
            assert place.name.startswith(place.area)


def test_a_heart_is_no_centre() -> None:
    """在X中 ending in 心 (初心, 决心) is a clause, not a venue: only 中心 is a head."""
    assert find_tour("大家表示,在学习先进典型中坚定初心,推动工作。") == []
    assert find_tour("随后,在东湖村文化中心,他察看了图书室。")[0].name == "东湖村文化中心"


def test_deeply_is_no_going() -> None:
    """深入 alone before a verb is "deeply"; before a place closed by a purpose it is going."""
    assert find_tour("在东湖村,县长与村干部深入交谈,了解春耕情况。")[-1].name == "东湖村"
    assert [p.name for p in find_tour("专家组深入青山就卫生工作开展复查。")] == ["青山"]


def test_deeply_after_in_turn_is_going() -> None:
    """先后深入A、B等: 先后 makes 深入 a going, so firms' short names are stops too."""
    text = "县长先后深入宏达物流园、三友新材料、华智生物等,实地察看生产经营、项目进展。"
    assert [p.name for p in find_tour(text)] == ["宏达物流园", "三友新材料", "华智生物"]
    assert find_tour("干部们先后深入学习、讨论了文件精神。") == []


def test_a_tour_still_to_come_anywhere_in_its_clause() -> None:
    """将在两个月内走进A、B: 将 opening the clause puts the whole tour in the future."""
    assert find_tour("该活动将在两个月内分别走进东山、西河、南坪。") == []
    assert [p.name for p in find_tour("该活动分别走进东山、西河。")] == ["东山", "西河"]


@given(
    st.text(
        alphabet="到深入走进前往赴访先后实地探视察调研考检查看参观望摩督导慰问来沿抵达莅蒞包括对某村",
        max_size=12,
    )
)
def test_one_scan_finds_a_going_word_where_each_word_would(text: str) -> None:
    """The single pattern agrees with looking for each verb of going on its own."""
    assert (places._GOING.search(text) is not None) == any(w in text for w in places._GOING_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "次日上午到青山镇视察防汛工作。",
        "代表们观摩青山镇杨柳村,交流经验。",
        "代表们视察青山镇敬老院,提出建议。",
    ],
)
def test_weak_cues_name_no_stop_late_in_a_report(text: str) -> None:
    """Past the third paragraph a bare 到X or a verb of looking without 了 names no stop."""
    assert find_tour(text) != []
    assert find_tour(text, late=True) == []


@pytest.mark.parametrize(
    "text",
    ["随后,局长一行来到青山镇敬老院,察看设施。", "代表们视察了青山镇敬老院,提出建议。"],
)
def test_strong_cues_name_stops_late_in_a_report(text: str) -> None:
    """A verb of going, or a verb of looking with 了, names its stops in any paragraph."""
    assert [p.name for p in find_tour(text, late=True)] == ["青山镇敬老院"]


def test_sites_of_an_event_held_in_several_places() -> None:
    """主会场设在A, 分会场分别设立在B、C: each site is a place, as printed."""
    stops = find_tour("主会场设在青山镇物流园项目,分会场分别设立在东湖村、西岭工业园施工现场。")
    assert [p.name for p in stops] == ["青山镇物流园项目", "东湖村", "西岭工业园施工现场"]
    stops = find_tour("开工仪式主现场设立在青山物流园,3个分现场分别是东湖大道、西岭二期扩能。")
    assert [p.name for p in stops] == ["青山物流园", "东湖大道", "西岭二期扩能"]


def test_a_site_still_to_come_is_no_place() -> None:
    """主会场将设在X: a site still to be set up is no place of the event."""
    assert find_tour("明年的主会场将设在东湖村文化广场。") == []


def test_a_list_closed_by_a_kind_of_place_still_names_stops() -> None:
    """等地 or 等乡镇 after a list keeps its stops."""
    assert ["东坡村", "西岭村"] == [p.name for p in find_tour("一行先后来到东坡村、西岭村等地调研")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare verb of looking after a stop: its object is work done there.
        ("一行来到北河镇考察万企兴万村工程情况", ["北河镇"]),
        ("一行到青山村调研东西部协作示范基地建设", ["青山村"]),
        # With 了 or on the spot too: rooms, works or sights of that stop.
        ("一行来到东湖社区,参观了议事厅和百姓书屋", ["东湖社区"]),
        ("一行到东城街道进行观摩,实地考察南苑小区建设情况", ["东城街道"]),
        # 察看了/查看了, 实地查看: its named objects are stops (decision 22i).
        ("一行来到北河镇,察看了北河镇农机合作社", ["北河镇", "北河镇农机合作社"]),
        ("一行到东城街道进行观摩,实地查看南苑小区建设情况", ["东城街道", "南苑小区"]),
    ],
)
def test_a_verb_of_looking_after_a_stop_names_its_work(text: str, expected: list[str]) -> None:
    """Once a stop is named, a verb of looking names what was looked at there (22i aside)."""
    assert expected == [p.name for p in find_tour(text)]


def test_the_place_before_what_was_looked_at_there_is_a_stop() -> None:
    """实地查看了X的A、B情况: X is the stop, the topic after 的 is cut (22i)."""
    text = "检查组实地查看了南岸镇宏利五金加工厂的消防通道、灭火器材情况"
    assert ["南岸镇宏利五金加工厂"] == [p.name for p in find_tour(text)]


def test_places_inside_what_was_inspected_are_no_stops() -> None:
    """视察了A、B的…情况: the places are the topic's (22i); 察看了 still names them."""
    assert [] == find_tour("一行先后视察了东河乡、西岭镇和南坪乡的春耕生产情况")
    text = "一行实地察看了东河乡、西岭镇的春耕生产情况"
    assert ["东河乡", "西岭镇"] == [p.name for p in find_tour(text)]


def test_this_village_alone_is_no_stop() -> None:
    """到该村X现场: 该村 is the village already told, not a place of its own."""
    assert [] == find_tour("市长王明带领有关部门负责人到该村道路施工现场,帮助解决难题")


def test_a_village_group_is_a_stop() -> None:
    """X村Y组 is a village's group, a place; 驻村工作组 is a team."""
    text = "县长王明来到青石河南岸段和东山镇白龙村向阳组开展巡河活动"
    assert ["青石河南岸段", "东山镇白龙村向阳组"] == [p.name for p in find_tour(text)]
    assert [] == find_tour("副县长李华看望了驻村工作组,了解帮扶进展")


def test_a_spot_set_up_for_a_task_ends_like_a_place() -> None:
    """…采样点位, …3号机位: a spot is a place, also in a list opening 在…,."""
    text = "副区长王明到南湖街道东坪社区核酸采样点位检查指导疫情防控工作"
    assert ["南湖街道东坪社区核酸采样点位"] == [p.name for p in find_tour(text)]
    text = "在东山镇风电项目3号机位、西岭乡光伏项目升压站施工现场,县长李华详细了解建设进度"
    assert ["东山镇风电项目3号机位", "西岭乡光伏项目升压站施工现场"] == [
        p.name for p in find_tour(text)
    ]
    # One spelling of the spot for both rules: a traditional form opening 在…, too.
    text = "在东山镇风电场3號機位,技术人员讲解"
    assert ["东山镇风电场3號機位"] == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("在东坪村育苗大棚,县长王明认真听取介绍", ["东坪村育苗大棚"], id="shed"),
        pytest.param(
            "在省道金龙路段交通卡口,交警坚守岗位", ["省道金龙路段交通卡口"], id="checkpoint"
        ),
        pytest.param("在南湖大桥,副县长李华查看了桥面", ["南湖大桥"], id="bridge"),
    ],
)
def test_a_place_opening_a_sentence_may_end_in_any_kind_of_site(
    sentence: str, expected: list[str]
) -> None:
    """在X, opening a sentence: a shed, a checkpoint or a bridge is where it happened."""
    assert expected == [p.name for p in find_tour(sentence)]


def test_a_door_is_no_place_of_its_own() -> None:
    """在X中心门口,: the centre is the place, not its door."""
    text = "在东坪村党员群众服务中心门口,志愿者们排起长队"
    assert ["东坪村党员群众服务中心"] == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("600名考生走进考场,秩序井然", id="exam-room"),
        pytest.param("一行还走进菇房、生产车间、厂房,察看生长环境", id="rooms"),
    ],
)
def test_a_kind_of_room_or_ground_is_no_stop(text: str) -> None:
    """考场, 厂房: two characters ending in a room or ground name a kind, not a place."""
    assert [] == find_tour(text)


def test_a_short_place_name_is_still_a_stop() -> None:
    """明溪, 周堂: a two-character name that is no kind of room stays a stop."""
    assert ["明溪"] == [p.name for p in find_tour("宣讲团走进明溪,开展主题宣讲活动")]


def test_a_growth_is_no_going() -> None:
    """增长到/延长到 says how far a figure grew; 长 there closes no post."""
    assert [] == find_tour("全县人口从12万增长到30万,产值从2亿元增长到9.5亿元。")
    assert ["东山镇"] == [p.name for p in find_tour("副县长到东山镇视察。")]


def test_a_short_name_in_quotes_is_no_speaker() -> None:
    """简称“X” names a campaign; the tour after it is still toured, not told."""
    text = "围绕“乡村振兴委员行动”(简称“振兴行动”)主题,调研组先后深入东山村、南坪镇等地察看。"
    assert ["东山村", "南坪镇"] == [p.name for p in find_tour(text)]
    told = "他称“今年要先后深入东山村、南坪镇等地察看”。"
    assert [] == find_tour(told)


def test_a_list_closed_by_its_kind_opening_a_sentence() -> None:
    """在A、B等企业, names the stops whatever they end with; 等 alone does not."""
    text = "在青松电子、东山纺织等企业,县长详细了解生产情况。"
    assert ["青松电子", "东山纺织"] == [p.name for p in find_tour(text)]
    assert [] == find_tour("在抓好生产、稳定就业等方面,县长提出要求。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("市委常委会践行优良传统,赴青山县现场办公。", ["青山县"], id="on-site-office"),
        pytest.param("宣讲团赴南湖镇开展活动。", ["南湖镇"], id="a-preaching-team-is-no-verb"),
    ],
)
def test_work_done_after_going_ends_the_stops(text: str, expected: list[str]) -> None:
    """赴X现场办公: the work done there closes the list, no part of the last stop."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "9月21日晚,县文化馆小剧场内灯火辉煌,演讲比赛在这里举行。",
            ["县文化馆小剧场"],
            id="hall-lit",
        ),
        pytest.param(
            "7月31日晚,东山镇青龙湖畔的南坪村委会篮球场灯火通明,气氛热烈。",
            ["东山镇青龙湖畔的南坪村委会篮球场"],
            id="court-by-a-lake",
        ),
        pytest.param("夜幕下的城市灯火辉煌。", [], id="a-city-at-night-is-no-venue"),
    ],
)
def test_a_lit_venue_opening_a_sentence_is_the_scene(text: str, expected: list[str]) -> None:
    """X内灯火辉煌, X湖畔的Y篮球场灯火通明: the venue the event was held in."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("镇长对东坪村进行实地走访调研。", ["东坪村"], id="village-on-the-spot"),
        pytest.param("镇长带队对青溪运河进行巡河。", ["青溪运河"], id="river-patrolled"),
        pytest.param(
            "对东坪村至南山村交界路段进行实地踏勘。", ["东坪村至南山村交界路段"], id="road-surveyed"
        ),
        pytest.param("对南山公司迁建项目进行实地调研。", [], id="a-project-is-the-topic"),
        pytest.param("对人居环境整治进行检查。", [], id="work-is-the-topic"),
    ],
)
def test_one_place_gone_over_on_the_spot_is_a_stop(text: str, expected: list[str]) -> None:
    """对X村进行实地…, 对X河进行巡河: the village, river or road is where they went."""
    assert expected == [p.name for p in find_tour(text)]


def test_places_looked_over_on_the_spot_are_venues() -> None:
    """在A镇、B街道实地查看…: each is where they looked, read as a list of venues."""
    text = "检查组一行在东坪镇、南山街道实地查看水毁道路和河堤修复情况。"
    assert ["东坪镇", "南山街道"] == [p.name for p in find_tour(text)]
    assert find_venue("他在全县范围内实地查看。") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("监督组一行还调研了东坪镇委员活动室建设情况。", [], id="studied-topic"),
        pytest.param("代表们考察了南山村产业发展情况。", [], id="inspected-topic"),
        pytest.param("检查组实地察看了南山村建设情况。", ["南山村"], id="on-site-looking-names-it"),
        pytest.param("代表们考察了南山村、东坪村。", ["南山村", "东坪村"], id="plain-objects-stay"),
    ],
)
def test_places_inside_a_topic_after_no_stop_cue_stay_out(text: str, expected: list[str]) -> None:
    """调研了X建设情况: X is inside what was studied (decision 23); 察看了X建设情况 names it."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县长详细了解了园区产业布局;在东坪体育公园,实地察看了全民健身设施。",
            ["东坪体育公园"],
            id="after-a-semicolon",
        ),
        pytest.param(
            "在南山镇农贸市场,县长察看了蔬菜价格;在农副产品交易区,询问了商户经营情况。",
            ["南山镇农贸市场"],
            id="a-zone-of-the-stop-is-none",
        ),
    ],
)
def test_a_later_clause_opening_with_a_place_names_it(text: str, expected: list[str]) -> None:
    """…;在X公园,实地察看…: 在X, opens a clause after a semicolon as after a comma."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "3月2日下午,县人大副主任到第一届县委成立地南坪镇青石村慰问老党员。",
            ["南坪镇青石村"],
            id="where-a-body-was-founded",
        ),
        pytest.param(
            "5月8日,一群志愿者来到革命老区东溪镇白竹村,对村道沿线沟渠进行清理。",
            ["东溪镇白竹村"],
            id="an-old-revolutionary-base",
        ),
    ],
)
def test_what_a_village_is_known_for_is_no_part_of_its_name(text: str, expected: list[str]) -> None:
    """革命老区X镇Y村: the descriptor before the town and village is dropped (decision 20f)."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "调研组一行实地考察了东山市青山镇、南河县城关镇等地“代表之家”建设情况。",
            [],
            id="on-the-spot-kaocha-then-a-topic",
        ),
        pytest.param(
            "调研组实地考察了由省委招商的东方妇产医院筹建情况。", [], id="a-topic-after-a-clause"
        ),
        pytest.param(
            "考察团现场调研了青山社区代表联络室及开发区人大之家的建设运转情况,"
            "并参观了开发区白鹭广场及湿地公园。",
            ["开发区白鹭广场", "湿地公园"],
            id="on-the-spot-diaoyan-then-a-stop-cue",
        ),
        pytest.param(
            "调研组视察了青山镇食品工业园区建设、青山古街保护、南河青山段河道整治等情况。",
            [],
            id="each-item-a-work-on-a-place",
        ),
        pytest.param(
            "调研组实地察看了青山镇食品工业园区建设、青山古街保护等情况。",
            ["青山镇食品工业园区", "青山古街"],
            id="on-the-spot-looking-is-a-cue",
        ),
        pytest.param(
            "调研组视察了青山镇食品工业园区、青山古街等处。",
            ["青山镇食品工业园区", "青山古街"],
            id="plain-objects-with-no-topic",
        ),
    ],
)
def test_places_only_inside_what_was_looked_at_are_no_stops(text: str, expected: list[str]) -> None:
    """视察/调研/考察 (even 实地考察) are no stop cue: a clause ending in a topic names none."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "在南坪村,大家分别观摩了南坪村党群服务中心和豆腐加工厂,深受启发。",
            ["南坪村", "南坪村党群服务中心", "豆腐加工厂"],
            id="sites-of-a-village-looked-at",
        ),
        pytest.param(
            "一行首先来到新安镇,参观了古城村村部、文化广场、农村客运站等地,了解集镇建设情况。",
            ["新安镇", "古城村村部", "文化广场", "农村客运站"],
            id="sites-of-a-town-after-a-going-verb",
        ),
        pytest.param(
            "在青山镇,调研组实地考察青石土楼和白鹭公园,并召开座谈会。",
            ["青山镇", "青石土楼", "白鹭公园"],
            id="looked-at-on-the-spot",
        ),
        pytest.param(
            "县长来到青山社区,参观了社区图书室、舞蹈室,详细了解情况。",
            ["青山社区"],
            id="rooms-of-a-community-stay-out",
        ),
        pytest.param(
            "县长前往青山村视察代表活动站建设。", ["青山村"], id="work-looked-at-no-tense"
        ),
    ],
)
def test_sites_of_a_village_or_town_looked_at_are_stops(text: str, expected: list[str]) -> None:
    """在A村,观摩了B和C: a village's or town's sites are stops, a building's rooms not (22e)."""
    assert expected == [p.name for p in find_tour(text)]


class TestSaid:
    """Lists in what someone said are talked of, not toured."""

    def test_tour_outside_speech(self) -> None:
        """A tour told by the reporter names its stops."""
        stops = find_tour("调研组先后来到东山村、西山村调研。")
        assert ["东山村", "西山村"] == [p.name for p in stops]

    def test_paragraph_of_speech(self) -> None:
        """In a paragraph of what was said, verbs of going name no stop; 在X still does."""
        sentence = "在东山村文化广场,县长先后走访了东山村、西山村。"
        assert ["东山村文化广场"] == [p.name for p in find_tour(sentence, said=True)]
        assert ["东山村文化广场", "东山村", "西山村"] == [p.name for p in find_tour(sentence)]

    def test_after_the_speakers_verb(self) -> None:
        """A list after a speaker's verb is told; one before it is read whole."""
        assert [] == find_tour("县长指出,要先后到东山村、西山村调研。")
        stops = find_tour("调研组先后来到东山村、西山村调研,县长指出,要到南山镇检查。")
        assert ["东山村", "西山村"] == [p.name for p in stops]


#: Words tours are printed with, from which the property below builds sentences.
_TOUR_WORDS = (
    *("先后", "一行", "陪同下,", "等", "同志", "深入", "随后", "还", "并", "分别", "又", "再"),
    *("先", ",", "人", "员", "县长", "增长", "记", "任", "局", "部", "组", "委", "们", "队"),
    *("到", "到访", "到达", "到场", "来到", "走进", "前往", "赴", "走访", "去", "在", "实地"),
    *("视察", "考察", "察看", "参观", "检查", "了", "了解", "东山村", "西山镇", "、", "。"),
    *("调研", "等地", "进行", "座谈", "对", "工作", "与", "群众"),
)


class TestGenericStops:
    def test_generic_ways_leave_a_list_of_named_stops(self) -> None:
        """Roads and a river course looked at along with a named site are no stops; the site is."""
        text = "张某先后来到东坪村、南岭村,详细查看了花卉种植基地、沿线道路、河道等地的防汛安全情况"
        assert ["东坪村", "南岭村", "花卉种植基地"] == [p.name for p in find_tour(text)]

    def test_a_room_named_by_its_use_is_no_stop_of_its_own(self) -> None:
        """深入到X室 after the stops: a room of a stop already named (decision 22e)."""
        text = "李某一行先后来到东山中学考点、西湖小学考点,并深入到广播指挥室,查看设备运行情况"
        assert ["东山中学考点", "西湖小学考点"] == [p.name for p in find_tour(text)]

    def test_inside_the_town_is_no_stop(self) -> None:
        """到镇内督导: going about the town itself names no place."""
        assert [] == find_tour("镇长王某率督导组到镇内督导节前安全生产工作")


class TestQuotedGoing:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("“干部到户”送温暖", id="slogan-opens-sentence"),
            pytest.param("各村开展“书记走进农家”贴春联活动", id="slogan-inside"),
            pytest.param("「局长到村」解难题", id="corner-quotes"),
        ],
    )
    def test_going_inside_a_quotation_names_no_stop(self, text: str) -> None:
        """A verb of going inside quotes is a slogan's word: what follows is no stop."""
        assert [] == find_tour(text)

    def test_going_after_a_closed_quotation_still_names_stops(self) -> None:
        """A quotation closed before the verb leaves the tour as it was."""
        text = "围绕“双减”工作,县长一行先后来到东山小学、西湖中学调研"
        assert ["东山小学", "西湖中学"] == [p.name for p in find_tour(text)]


def test_a_count_inside_a_towns_name_leaves_the_tour_whole() -> None:
    """七家子镇 is a town's name, not seven homes: the list of towns is read."""
    text = "县委书记王某先后深入到七家子镇、东山乡、四家子镇实地走访调研"
    assert ["七家子镇", "东山乡", "四家子镇"] == [p.name for p in find_tour(text)]


def test_a_count_inside_a_districts_name_is_a_venue() -> None:
    """在六家学区召开: the venue is the school district named after six homes."""
    venue = find_venue("乡教育工作大会在六家学区召开")
    assert venue is not None
    assert venue.name == "六家学区"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "主任一行先后走访青山镇东岭村残疾户、西岭村困难党员等群体,为他们送上慰问金",
            ["青山镇东岭村", "西岭村"],
            id="each-village-with-its-people",
        ),
        pytest.param(
            "随后,镇长一行走访了红旗村退役军人、重点优抚对象等。",
            ["红旗村"],
            id="people-of-the-village-listed-after-it",
        ),
    ],
)
def test_a_village_printed_with_the_people_visited_there_is_the_stop(
    text: str, expected: list[str]
) -> None:
    """村X残疾户, 村Y困难党员: the village is where the visit was (decision 20c), not its people."""
    assert expected == [p.name for p in find_tour(text)]


def test_people_visited_with_no_place_name_no_stop() -> None:
    """走访了退役军人、困难党员: people only, no place."""
    assert [] == find_tour("镇长一行走访了退役军人、困难党员等。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县人大常委会组织代表视察2024年重点工程项目,县领导参加。", [], id="year-of-works"
        ),
        pytest.param(
            "视察组先后来到东河综合治理工程、西城新建项目。",
            ["东河综合治理工程", "西城新建项目"],
            id="the-works-themselves",
        ),
        pytest.param(
            "先后来到东山县2024年道路工程现场", ["东山县2024年道路工程现场"], id="year-inside"
        ),
    ],
)
def test_a_stop_opening_with_its_year_is_no_place(text: str, expected: list[str]) -> None:
    """视察2024年重点工程项目: a year dates the works named after it; it names no place."""
    assert expected == [p.name for p in find_tour(text)]


def test_a_year_after_at_opens_a_clause_not_a_place() -> None:
    """王东在2016年成立了工作室: 在 dates the act; the room was already named as the stop."""
    text = (
        "5月25日,市政协主席陈东一行调研委员工作室建设。\n"
        "陈东一行走进王东委员工作室。王东委员在2016年成立了委员工作室,建立健全了工作法。"
    )
    events = extract_text(text, published=dt.date(2024, 1, 1)).events
    assert [["王东委员工作室"]] == [[p.name for p in e.locations] for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "一行先后到石井街道蔡家村,观摩蔡家村美术馆、终南剧场,了解乡村建设工作",
            ["石井街道蔡家村", "蔡家村美术馆", "终南剧场"],
            id="looking-opens-the-piece",
        ),
        pytest.param(
            "张三来到议事文化广场,走进委员之家、委员活动室,看展板、听介绍",
            ["议事文化广场", "委员之家"],
            id="going-opens-the-piece",
        ),
        pytest.param(
            "一行到南坪村,观摩了东山茶厂、西河茶园,了解产业发展",
            ["南坪村", "东山茶厂", "西河茶园"],
            id="looking-done-opens-the-piece",
        ),
        pytest.param(
            "张三来到东山广场,走进了西河书店、南坪剧场,听取介绍",
            ["东山广场", "西河书店", "南坪剧场"],
            id="going-done-opens-the-piece",
        ),
    ],
)
def test_a_verb_opening_the_next_piece_of_stops_is_no_part_of_them(
    text: str, expected: list[str]
) -> None:
    """到A村,观摩B馆、C剧场: the verb after the comma opens the next stops; it is no part of B."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "市委书记深入东山区调研察看东山石材产业园、西河生态农业项目,详细了解产业发展情况",
            ["东山区", "东山石材产业园", "西河生态农业项目"],
            id="several-sites-looked-at-on-the-spot",
        ),
        pytest.param(
            "一行到栗园村观摩东方劳动教育实践基地,了解乡村建设工作",
            ["栗园村", "东方劳动教育实践基地"],
            id="a-site-of-the-village-looked-at",
        ),
        pytest.param(
            "一行先后深入东山镇南村、西河镇北村等9个观摩评比村,进行现场观摩",
            ["东山镇南村", "西河镇北村"],
            id="looking-after-a-count-qualifies-the-noun",
        ),
        pytest.param(
            "一行前往东山村视察代表活动站建设",
            ["东山村"],
            id="work-inspected-in-the-village",
        ),
    ],
)
def test_sites_looked_at_after_going_are_stops_without_le(text: str, expected: list[str]) -> None:
    """到A村观摩B基地, 深入A区察看B、C: the sites looked at are stops, 了 or not (22e, 22i)."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    "text",
    [
        "上午,镇人大组织代表在南湖村文化广场和选民群众面对面拉家常、听民意。",
        "上午,代表们在南湖村文化广场同村民面对面交流。",
        "上午,代表们在南湖村文化广场与选民面对面交流。",
        "上午,代表们在南湖村文化广场与选民座谈交流。",
    ],
)
def test_where_people_meet_those_they_serve_is_a_place(text: str) -> None:
    """在X和/同/与 people 面对面/交流: X is where they met, whichever word joins the people."""
    assert ["南湖村文化广场"] == [p.name for p in find_tour(text)]


def test_two_places_joined_by_he_before_a_meeting_are_not_cut() -> None:
    """在A村和B村交流: 和 joins two places, not the people met; no place is cut short."""
    names = [p.name for p in find_tour("上午,代表们在东山村和西山村交流工作经验。")]
    assert "东山村" not in names or "西山村" in names


def test_a_photo_credit_in_traditional_print_ends_the_stop() -> None:
    """(王小明 攝): the traditional form of the credit ends a caption's stop too."""
    stops = find_tour("2月1日,县宣讲团走进東湖鎮南嶺村(王小明 攝)“送戲下鄉”演出吸引了村民。")
    assert ["東湖鎮南嶺村"] == [p.name for p in stops]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县长王某深入城西水厂扩容提质、南山食品加工标准化厂房等项目施工现场,了解进度",
            ["城西水厂扩容提质", "南山食品加工标准化厂房"],
            id="projects",
        ),
        pytest.param(
            "督查组深入东坝、北湖公园、城南小学等省市重点项目施工现场开展督查",
            ["东坝", "北湖公园", "城南小学"],
            id="key-projects",
        ),
    ],
)
def test_projects_printed_after_a_list_say_what_its_items_are(
    text: str, expected: list[str]
) -> None:
    """等项目 after a list read with a weak cue (深入) names sites, however each ends."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "检查组现场检查了青山景区、城东客运站、宏达化工等重点单位。",
            ["青山景区", "城东客运站", "宏达化工"],
            id="on-site",
        ),
        pytest.param("董某实地检查了李家养殖场和王家养殖场,详细了解", ["李家养殖场", "王家养殖场"]),
        pytest.param("县长检查了青山景区、城东客运站。", [], id="bare"),
    ],
)
def test_an_inspection_done_on_the_spot_names_its_stops(text: str, expected: list[str]) -> None:
    """检查了 after 现场/实地 is looking on the spot; a bare 检查了 names work as often."""
    assert expected == [p.name for p in find_tour(text)]


def test_going_on_the_spot_names_the_stops() -> None:
    """实地到X is a tour's going, whatever follows the list (对…进行检查)."""
    text = "检查组一行实地到东山镇大桥路口、西河村施工路段,对道路交通安全情况进行检查"
    assert ["东山镇大桥路口", "西河村施工路段"] == [p.name for p in find_tour(text)]


def test_an_office_named_by_a_verb_of_looking_is_no_act() -> None:
    """督查办组织A局、B办…: the office (督查办) organises; what follows is no stop."""
    text = "示范区督查办组织建设局、社会事业办、发改局等单位督查人员组成督查组"
    assert [] == [p.name for p in find_tour(text)]


def test_an_aim_after_a_list_is_no_more_of_it() -> None:
    """来到A、B,找准结合点: a point of fit ends like a place but names none."""
    text = "调研组先后来到东山农科所、西河物流集团,找准合作结合点,召开座谈会"
    assert ["东山农科所", "西河物流集团"] == [p.name for p in find_tour(text)]


def test_and_before_the_next_act_ends_the_list() -> None:
    """查看了X并听取汇报: 并 and the next act are no part of the stop."""
    text = "县长张某先后查看了东山产业园并听取了项目汇报"
    assert ["东山产业园"] == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("市长王某到东山县人民医院拜访,与院长座谈", ["东山县人民医院"], id="call"),
        pytest.param("考察团到东山开发区参访交流。", ["东山开发区"], id="study-visit"),
        pytest.param("访问团一行至东山县政府拜访,与县长交流", ["东山县政府"], id="group-to"),
        pytest.param("参会人员至少二十人到场。", [], id="at-least"),
    ],
)
def test_a_call_at_a_place_names_it(text: str, expected: list[str]) -> None:
    """到X拜访/参访 names X; 至 after a group sent (一行至, 人员至) is going there."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县长视察了办税服务厅、政务服务中心,详细了解",
            ["办税服务厅", "政务服务中心"],
            id="ban-done",
        ),
        pytest.param("县长视察办证中心、档案馆,详细了解", ["办证中心", "档案馆"], id="ban-bare"),
        pytest.param("县长参观了人民公园、东山社区", ["人民公园", "东山社区"], id="renmin"),
        pytest.param("督查室组织建设局、社会事业办等单位督查人员组成督查组", [], id="office-room"),
        pytest.param("督查处组织建设局、社会事业办等单位人员", [], id="office-section"),
    ],
)
def test_places_opening_on_ban_or_after_le_are_whole(text: str, expected: list[str]) -> None:
    """Only 督查办/督查室/督查处 is an office: 办税服务厅 is a stop, never 了 opening it."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("县长王某深入道路硬化、污水管网改造等项目,了解进度", id="works"),
        pytest.param("县长王某深入乡村振兴、产业发展等项目一线,了解进度", id="programmes"),
    ],
)
def test_projects_with_no_site_are_works(text: str) -> None:
    """等项目 with no 现场 after it names works and programmes, no sites."""
    assert [] == [p.name for p in find_tour(text)]


def test_projects_site_of_major_projects() -> None:
    """等重大项目施工现场 says what the items are, as 等重点项目施工现场 does."""
    stops = find_tour("督查组深入城西水厂扩容提质、南湖片区等重大项目施工现场开展督查")
    assert ["城西水厂扩容提质", "南湖片区"] == [p.name for p in stops]


@pytest.mark.parametrize("neg", ["未能", "不愿", "未"])
def test_going_on_the_spot_denied_names_no_stop(neg: str) -> None:
    """未能实地到X, 不愿实地到X: a going denied names no stop."""
    text = f"部分干部{neg}实地到东山镇大桥路口、西河村施工路段,对交通安全进行检查"
    assert [] == [p.name for p in find_tour(text)]


def test_facilities_inspected_on_the_spot_are_no_stops() -> None:
    """现场检查了 a building's facilities (通道, 出口) names no stop."""
    assert [] == [p.name for p in find_tour("检查组现场检查了疏散通道、安全出口。")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "检查组查看了情况;在丙县丁村、戊村,己乡庚村,辛县壬镇等地,仔细察看重建情况",
            ["丙县丁村", "戊村", "己乡庚村", "辛县壬镇"],
            id="later-at-goes-on-past-commas",
        ),
        pytest.param(
            "督查组查看情况,在A食品有限公司、B屠宰场,C食品有限责任公司、D农业开发股份有限公司等地检查储备",
            ["A食品有限公司", "B屠宰场", "C食品有限责任公司", "D农业开发股份有限公司"],
            id="last-piece-closed-by-kind-and-verb",
        ),
        pytest.param(
            "了解封关情况;在青山县120万千瓦海上风电项目、白沙湾海洋牧场、东方新能源高端装备产业基地等地,了解能源情况",
            ["青山县120万千瓦海上风电项目", "白沙湾海洋牧场", "东方新能源高端装备产业基地"],
            id="later-long-list-closed-by-kind",
        ),
        pytest.param(
            "市局组建6个小组,分赴青河垸,甲镇竹旺村、中心村,乙镇胜利村,检查防控工作",
            ["青河垸", "甲镇竹旺村", "中心村", "乙镇胜利村"],
            id="fen-fu-goes-to-each",
        ),
        pytest.param(
            "工作组分赴荆州区、沙市区所属的9个街道、35个社区进行巡查", [], id="fen-fu-counted"
        ),
        pytest.param("工作组分赴各乡镇开展督查", [], id="fen-fu-every-town"),
        pytest.param(
            "记者在现场,伴随着大马力农机的轰鸣声,一片片麦田被收割",
            [],
            id="later-clause-is-no-place",
        ),
    ],
)
def test_later_at_lists_go_on_past_commas(text: str, expected: list[str]) -> None:
    """A later 在 clause's list goes on past commas and a long kind-closed list; 分赴 goes."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "副县长来到青山村东坡组,察看生产情况", ["青山村东坡组"], id="group-after-village"
        ),
        pytest.param("在甲乡乙村丙组,书记与村民亲切交谈", ["甲乡乙村丙组"], id="at-group-opening"),
        pytest.param("在甲乡乙村驻村工作组,书记与村民亲切交谈", [], id="at-team-is-no-place"),
        pytest.param("书记先后来到甲镇毛家垭、乙村", ["甲镇毛家垭", "乙村"], id="hill-pass"),
        pytest.param("书记来到甲村南北圩查看圩堤", ["甲村南北圩"], id="polder"),
        pytest.param(
            "走访慰问了甲村丙组特困户唐某某、丁村",
            ["甲村丙组", "丁村"],
            id="group-before-household",
        ),
    ],
)
def test_small_places_after_their_village_are_kept(text: str, expected: list[str]) -> None:
    """A village's group, a polder or a hill pass after its village or town is the stop."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "副主席前往扶贫联系点西乡县调研扶贫工作", ["西乡县"], id="poverty-contact-point"
        ),
        pytest.param(
            "副秘书长到东山镇挂点村(社区)开展督导工作", ["东山镇"], id="charge-after-town"
        ),
        pytest.param(
            "副秘书长到东山街道包保社区开展督导工作", ["东山街道"], id="charge-after-street"
        ),
        pytest.param("副秘书长到挂点村青山村开展督导工作", ["青山村"], id="charge-before-village"),
    ],
)
def test_charge_labels_are_no_part_of_the_stop(text: str, expected: list[str]) -> None:
    """A leader's charge label before a stop, or after its town with no village named, is cut."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("来到甲村,察看重建项目建设情况", ["甲村"], id="bare-works-project"),
        pytest.param("实地察看乡村人居环境整治及乡村振兴实施情况", [], id="two-topics-joined"),
        pytest.param(
            "在甲县乙镇丙村,书记查看了水电路及标准化村卫生室建设运行情况",
            ["甲县乙镇丙村"],
            id="standard-room-of-village",
        ),
        pytest.param("察看了青山村卫生室建设情况", ["青山村卫生室"], id="named-room-kept"),
    ],
)
def test_topics_looked_at_are_no_stops(text: str, expected: list[str]) -> None:
    """Works with no place before them, topics joined by 及 and a village's room are no stops."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "在东山镇、西河乡等乡镇,县长详细了解值班值守情况",
            ["东山镇", "西河乡"],
            id="kind-after-towns",
        ),
        pytest.param(
            "在青禾食品、远达钻采等地,县长听取企业复工汇报",
            ["青禾食品", "远达钻采"],
            id="short-names-closed-by-places",
        ),
    ],
)
def test_a_list_opening_a_sentence_closed_by_its_kind(text: str, expected: list[str]) -> None:
    """在A、B等乡镇/等地 opening a sentence: the kind closes the list, no part of the last stop."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    "tail",
    ["项目现场", "项目施工现场", "项目建设现场", "項目建設現場"],
    ids=["plain", "works", "building", "trad"],
)
def test_sites_of_several_projects_printed_once(tail: str) -> None:
    """在A、B项目(施工/建设)现场 opening a sentence: each project a stop, no shared tail."""
    text = f"在东湖新城、青山花园{tail},书记详细了解了建设进度"
    assert ["东湖新城", "青山花园"] == [p.name for p in find_tour(text)]


def test_a_town_printed_once_before_villages_sharing_their_kind() -> None:
    """到X镇A、B村: the town opens the first village, the 村 printed on the last is each one's."""
    text = "副县长李青到东山镇青禾、新福村督导脱贫攻坚工作"
    assert ["东山镇青禾", "新福村"] == [p.name for p in find_tour(text)]


def test_who_came_along_is_no_list_of_venues() -> None:
    """在A、B陪同下到X调研: the people who came along are no venues, whatever the verb after."""
    text = "区长一行在县委副书记、副县长李青陪同下到东山镇调研"
    assert ["东山镇"] == [p.name for p in find_tour(text)]


def test_short_names_closed_by_what_their_sites_are() -> None:
    """到A、B等重点项目建设现场: the sites' kind after 等 says what the short names are."""
    text = "书记王青到东湖新材料产业园、青山重工智能电机等重点项目建设现场进行调研"
    assert ["东湖新材料产业园", "青山重工智能电机"] == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "一行参观了东山大桥,最后参观了正在建设的西河村安置点。",
            ["东山大桥", "西河村安置点"],
            id="last-after-a-stop",
        ),
        pytest.param("局长最后参观南湖康体大楼。", ["南湖康体大楼"], id="bare-verb"),
        pytest.param("他最后检查了消防通道。", [], id="a-facility-checked"),
        pytest.param("代表们最后参观了先进经验。", [], id="no-place"),
    ],
)
def test_the_last_stop_of_a_tour(text: str, expected: list[str]) -> None:
    """最后参观(了)X: the tour's last stop, not a room of the stop before it."""
    assert [p.name for p in find_tour(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("市长一行前往某山天后宫参拜祈福。", ["某山天后宫"], id="pray"),
        pytest.param(
            "县长前往东山天后宫、西岭关帝庙及南溪福德庙参拜,祈求平安。",
            ["东山天后宫", "西岭关帝庙", "南溪福德庙"],
            id="list",
        ),
        pytest.param("议员们前往某街关帝庙参香。", ["某街关帝庙"], id="incense"),
        pytest.param("市长先后前往番禺祈福新村调研。", ["番禺祈福新村"], id="estate-name"),
    ],
)
def test_worship_at_a_temple_closes_the_stops(text: str, expected: list[str]) -> None:
    """前往X宫参拜: the worship done there is no part of the temple's name."""
    assert [p.name for p in find_tour(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "双方希望在文旅融合、产业协作、人才交流等方面开展合作。",
        "他要求在选址、交通、环保等要素保障方面进行充分论证。",
        "两地将在数字经济、现代农业等领域进行深入合作。",
    ],
)
def test_fields_of_work_after_at_are_no_venues(text: str) -> None:
    """在A、B等方面进行…: the fields of some work, not places it was done at."""
    assert find_tour(text) == []


def test_a_list_of_venues_after_at_still_names_them() -> None:
    """在A和B开展投票 is still read as two venues."""
    assert [p.name for p in find_tour("在东山村和西岭村开展投票。")] == ["东山村", "西岭村"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "副县长先后到甲村、乙村,实地察看了解某某家庭农场、某某牧场。",
            ["甲村", "乙村"],
            id="after-stops",
        ),
        pytest.param("调研组实地察看了解苗木、花卉育苗基地,听取汇报。", [], id="alone"),
        pytest.param("调研组先后察看了解甲园区、乙园区的建设规划。", [], id="in-turn"),
        pytest.param("调研组实地察看了甲园区、乙园区。", ["甲园区", "乙园区"], id="tense-kept"),
    ],
)
def test_learning_after_looking_is_no_tense(text: str, expected: list[str]) -> None:
    """察看了解X: 了 opens 了解 (what was learnt), not a past tense; 解X is no stop."""
    assert [p.name for p in find_tour(text)] == expected


def test_an_event_coming_on_at_a_place_is_no_part_of_it() -> None:
    """在X热闹登场,: 登场 is what the event did there, no end of a place (a venue reads X)."""
    assert find_tour("本次健步走在滨河公园热闹登场,吸引千余人。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("镇长率团前往邻县公所拜会,交流基层治理经验。", ["邻县公所"], id="after-place"),
        pytest.param("考察团到某市政府拜会市长,听取简报。", ["某市政府"], id="to-place"),
        pytest.param("市长前往拜会各党团,争取预算支持。", [], id="no-place"),
    ],
)
def test_paying_a_call_closes_the_stop(text: str, expected: list[str]) -> None:
    """前往X拜会: the call paid there is no part of X, and 拜会 alone names no place."""
    assert [p.name for p in find_tour(text)] == expected


def test_a_housing_estate_named_by_its_kind_is_no_stop() -> None:
    """走进小区: the kind of place alone names no stop; a named estate does."""
    assert [p.name for p in find_tour("志愿者们走进小区,开展清扫活动。")] == []
    assert [p.name for p in find_tour("志愿者们走进东风小区,开展清扫活动。")] == ["东风小区"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("在东山书房(南湖景区分馆),县长听取介绍。", [], id="cut-inside-the-brackets"),
        pytest.param(
            "县长先后来到东山书房(南湖分馆)、西山公园调研。",
            ["东山书房(南湖分馆)", "西山公园"],
            id="brackets-closed",
        ),
    ],
)
def test_a_stop_cut_inside_its_brackets_is_dropped(text: str, expected: list[str]) -> None:
    """A stop that opens a bracket and does not close it is half a name: none is kept."""
    assert [p.name for p in find_tour(text)] == expected


# The tour rule as it was written before its cues were spelled out with their
# verbs: a look ahead at the first characters, then the cues as one group.
_OLD_GO_OPENINGS = places._GO_CUES + "|" + places._GO_THEN_CUES + "|" + places._GO_ALONE
_OLD_TOUR = re.compile(
    "(?=[" + "".join(sorted({a[0] for a in _OLD_GO_OPENINGS.split("|")})) + "])"
    f"(?:(?:{places._GO_CUES})"
    r"(?:到访|到达|到(?![位岗]|场(?!镇)|会(?!场)|目前|发稿|[0-9]+[点时])|来到了?|深入到?|走进了?|前往|赴|走访(?:慰问|看望)?了?)"
    f"|(?:{places._GO_THEN_CUES})(?:深入|走进|前往|来到|赴|来(?!到))|{places._GO_ALONE})"
    r"(?:视察|考察|参观|察看|查看|检查|慰问|看望)?(?:了(?!解))?"
    r"(?P<list>[^,。;:!?]{2,200}?)" + places.DONE
)
_TOUR_PIECES = [
    *places._GO_CUES.split("|"),
    *places._GO_THEN_CUES.split("|"),
    *("先后去", "走进了", "来到", "前往", "探访了", "到达", "抵达", "莅临", "先后在"),
    *("先后视察了", "实地考察了", "了解", "到", "到访", "到场", "到会", "场镇", "来", "来到了"),
    *("深入", "深入到", "赴", "走访慰问了", "视察", "检查了", "增长", "未能", "实地"),
    *("东风村", "青山镇", "甲园区", "、", ",", "。", "等地", "调研", "某", "工厂", "社区"),
    *("县长到", "一行来到", "到场镇", "到会场", "随后来", "东风村,", "青山镇。", "等乡镇调研。"),
    *_TOUR_WORDS,
]


def _tour_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    return [(*m.span(), *m.span("list")) for m in pattern.finditer(text)]


@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(_TOUR_PIECES),
            st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40), max_size=3),
        ),
        max_size=16,
    )
)
@settings(max_examples=400)
def test_the_spelled_out_tour_rule_matches_as_the_led_one(pieces: list[str]) -> None:
    """Spelling each cue out with its verbs changes no match of the tour rule."""
    text = "".join(pieces)
    assert _tour_spans(places._TOUR, text) == _tour_spans(_OLD_TOUR, text)


@pytest.mark.parametrize(
    "text",
    [
        "县长到东风村、青山镇调研。",
        "工作组一行来到东风村。",
        "他随后深入青山镇视察。",
        "干部们先后去东风村、青山镇等地。",
        "书记分赴东风村、青山镇。",
        "人口增长到东风村。",
        "组员未能实地到东风村。",
        "专家实地考察了甲园区、乙园区。",
        "镇长莅临东风村调研。",
        "市长又走进甲园区。",
        "县长到场镇东风村调研。",
    ],
)
def test_the_spelled_out_tour_rule_reads_each_branch_alike(text: str) -> None:
    """One sentence per kind of opening: the same spans as the look-ahead rule."""
    assert _tour_spans(places._TOUR, text) == _tour_spans(_OLD_TOUR, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("副区长张三在中秋节、国庆节前夕到东山小学调研校园安全工作", ["东山小学"]),
        ("县长李四在春节前夕到东山村看望困难群众", ["东山村"]),
        ("县长李四在春节来临之际深入东山村走访", ["东山村"]),
        ("政府在区议会选举前夕举行宣传日", []),
    ],
)
def test_the_eve_of_a_feast_is_a_time_not_a_stop(text: str, expected: list[str]) -> None:
    """在春节前夕到A村: the eve after 在 is when, however far the run goes on to the stop."""
    assert [p.name for p in find_tour(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各社区纷纷行动起来,到目前为止已经开展了30多场志愿服务", []),
        ("活动持续一个月,到目前为止,共发放资料500余份", []),
        ("仪式9时开始,到9点44分书记宣布大会开幕", []),
        ("据统计,到发稿时止,慰问组已走访200余户", []),
        ("志愿者们到东山社区开展志愿服务", ["东山社区"]),
    ],
)
def test_up_to_now_is_a_time_not_a_stop(text: str, expected: list[str]) -> None:
    """到目前为止, 到发稿时止, 到9点44分: 到 opens a time here, not a going."""
    assert [p.name for p in find_tour(text)] == expected
