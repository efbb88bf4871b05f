.class public Lcn/smssdk/SMSSDK;
.super Ljava/lang/Object;
.method public static registerEventHandler(Lcn/smssdk/EventHandler;)V
    .registers 1
    return-void
.end method
.method public static getVerificationCode(Ljava/lang/String;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
