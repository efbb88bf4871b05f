.class public Lcom/mobile/app/MobileApp;
.super Landroid/app/Application;
.source "MobileApp.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method
.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    invoke-static {p0}, Lcom/tencent/mmkv/MMKV;->initialize(Landroid/content/Context;)Ljava/lang/String;
    const-string v0, "UMENG_CHANNEL"
    invoke-static {p0, v0}, Lcom/mobile/app/util/ChannelUtil;->read(Landroid/content/Context;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "5b2e8c1d47"
    const/4 v2, 0x0
    invoke-static {p0, v1, v2}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    invoke-static {p0}, Lcom/mobile/app/push/JPushInterface;->init(Landroid/content/Context;)V
    invoke-static {p0}, Lcom/example/umengdemo/StatsHelper;->start(Landroid/content/Context;)V
    return-void
.end method
