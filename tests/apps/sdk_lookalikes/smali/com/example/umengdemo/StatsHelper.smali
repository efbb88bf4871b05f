.class public Lcom/example/umengdemo/StatsHelper;
.super Ljava/lang/Object;
.source "StatsHelper.java"
.method public static start(Landroid/content/Context;)V
    .registers 3
    const-string v0, "stats"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    return-void
.end method
.method public static page(Landroid/content/Context;Ljava/lang/String;)V
    .registers 4
    invoke-static {}, Lcom/tencent/mmkv/MMKV;->defaultMMKV()Lcom/tencent/mmkv/MMKV;
    move-result-object v0
    const-string v1, "last_page"
    invoke-virtual {v0, v1, p1}, Lcom/tencent/mmkv/MMKV;->encode(Ljava/lang/String;Ljava/lang/String;)Z
    return-void
.end method
