.class public Lcom/umeng/common/Log;
.super Ljava/lang/Object;
.method public static c(Ljava/lang/String;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
