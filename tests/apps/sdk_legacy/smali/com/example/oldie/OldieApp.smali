.class public Lcom/example/oldie/OldieApp;
.super Landroid/app/Application;
.source "OldieApp.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method
.method public onCreate()V
    .registers 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const/4 v0, 0x0
    invoke-static {p0, v0}, Lcom/tencent/feedback/eup/CrashReport;->initCrashReport(Landroid/content/Context;Z)V
    invoke-static {p0}, Lcom/iflytek/speech/SpeechUtility;->getUtility(Landroid/content/Context;)Lcom/iflytek/speech/SpeechUtility;
    move-result-object v0
    const-string v1, "51d2a3f0"
    invoke-virtual {v0, v1}, Lcom/iflytek/speech/SpeechUtility;->setAppid(Ljava/lang/String;)I
    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onError(Landroid/content/Context;)V
    return-void
.end method
