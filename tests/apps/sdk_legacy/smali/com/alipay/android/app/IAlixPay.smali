.class public interface abstract Lcom/alipay/android/app/IAlixPay;
.super Ljava/lang/Object;
.method public abstract Pay(Ljava/lang/String;)Ljava/lang/String;
.end method
