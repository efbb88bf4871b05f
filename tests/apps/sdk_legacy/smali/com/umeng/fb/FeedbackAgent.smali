.class public Lcom/umeng/fb/FeedbackAgent;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public startFeedbackActivity()V
    .registers 1
    return-void
.end method
.method public sync()V
    .registers 1
    return-void
.end method
